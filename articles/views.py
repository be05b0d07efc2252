from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render

from articles import ingest
from articles.forms import SubmitTextForm, SubmitURLForm
from articles.models import Article
from articles.processing import UNFINISHED
from claimtrack.permissions import read_access


@read_access
def article_detail(request, pk):
    """The article and its state; its claims are marked up by the template (claims' tags)."""
    article = get_object_or_404(
        Article.objects.select_related("feed", "duplicate_of", "submitted_by").defer(
            "duplicate_of__text"
        ),
        pk=pk,
    )
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "in_progress": article.status in UNFINISHED},
    )


@read_access
def article_status(request, pk):
    """Where the article's reading is, for the article page to follow without reloading."""
    article = get_object_or_404(Article.objects.only("status"), pk=pk)
    return JsonResponse(
        {
            "status": article.status,
            "label": article.get_status_display(),
            "in_progress": article.status in UNFINISHED,
        }
    )


@login_required
@permission_required("articles.add_article", raise_exception=True)
def submit(request):
    url_form, text_form = SubmitURLForm(prefix="link"), SubmitTextForm(prefix="paste")
    if request.method == "POST":
        if "submit-url" in request.POST:
            url_form = SubmitURLForm(request.POST, prefix="link")
            form = url_form
        else:
            text_form = SubmitTextForm(request.POST, prefix="paste")
            form = text_form
        if form.is_valid():
            try:
                if form is url_form:
                    result = ingest.submit_url(form.cleaned_data["url"], submitted_by=request.user)
                else:
                    result = ingest.submit_text(**form.cleaned_data, submitted_by=request.user)
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                if result.created:
                    messages.success(
                        request, "Article submitted. Claims appear here once extracted."
                    )
                else:
                    messages.info(request, f"Already here: {result.article}.")
                return redirect(result.article)
    return render(request, "articles/submit.html", {"url_form": url_form, "text_form": text_form})
