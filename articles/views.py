from django.shortcuts import get_object_or_404, render

from articles.models import Article
from claims.access import read_access
from claims.templatetags.claim_text import valid_spans

IN_PROGRESS = {Article.Status.QUEUED, Article.Status.FETCHING, Article.Status.EXTRACTING}


@read_access
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("feed"), pk=pk)
    claims = list(article.claims.select_related("speaker").defer("search_vector").order_by("id"))
    # The reader sees claims in the order they appear in the text.
    end = [(len(article.text), len(article.text))]
    claims.sort(key=lambda claim: (valid_spans(claim.content_spans, len(article.text)) or end)[0])
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "claims": claims, "in_progress": article.status in IN_PROGRESS},
    )
