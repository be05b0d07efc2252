from django import forms

from articles.models import Article


class SubmitURLForm(forms.Form):
    url = forms.URLField(label="Article address", max_length=2000, assume_scheme="https")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"


class SubmitTextForm(forms.Form):
    text = forms.CharField(label="Article text", widget=forms.Textarea(attrs={"rows": 12}))
    title = forms.CharField(max_length=Article._meta.get_field("title").max_length, required=False)
    outlet = forms.CharField(
        max_length=Article._meta.get_field("outlet").max_length, required=False
    )
    published = forms.DateTimeField(required=False, widget=DateTimeInput)
    url = forms.URLField(
        label="Original address",
        max_length=2000,
        required=False,
        assume_scheme="https",
        help_text="Optional: where the text was published.",
    )
