from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from articles import ingest
from articles.forms import SubmitTextForm, SubmitURLForm
from articles.models import Article
from claims.access import read_access
from claims.templatetags.claim_text import valid_spans

IN_PROGRESS = {Article.Status.QUEUED, Article.Status.FETCHING, Article.Status.EXTRACTING}


@read_access
def article_detail(request, pk):
    article = get_object_or_404(
        Article.objects.select_related("feed", "duplicate_of", "submitted_by").defer(
            "duplicate_of__text"
        ),
        pk=pk,
    )
    claims = list(article.claims.select_related("speaker").defer("search_vector").order_by("id"))
    # The reader sees claims in the order they appear in the text.
    end = [(len(article.text), len(article.text))]
    claims.sort(key=lambda claim: (valid_spans(claim.content_spans, len(article.text)) or end)[0])
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "claims": claims, "in_progress": article.status in IN_PROGRESS},
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
                    article = ingest.submit_url(form.cleaned_data["url"], submitted_by=request.user)
                else:
                    article = ingest.submit_text(**form.cleaned_data, submitted_by=request.user)
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, "Article submitted. Claims appear here once extracted.")
                return redirect(article)
    return render(request, "articles/submit.html", {"url_form": url_form, "text_form": text_form})
