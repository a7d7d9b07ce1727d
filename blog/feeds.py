"""RSS 2.0 and Atom feeds of a blog index's latest posts, in the index's language. Links are
made absolute from the request, so a feed names the host it was read from (the sites
framework's domain is not consulted for them)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from pages import seo

FEED_SIZE = 20


class BlogFeed(Feed):
    """Called once per request: ``BlogFeed()(request, blog=index_page)``."""

    def get_object(self, request, blog):
        self.request = request
        self.language = blog.locale.language_code
        return blog

    def title(self, blog) -> str:
        return f"{blog.seo_title or blog.title} · {_('MicroLibya')}"

    def link(self, blog) -> str:
        return seo.absolute(self.request, blog.get_url(self.request))

    def feed_url(self, blog) -> str:
        return self.request.build_absolute_uri(self.request.path)

    def description(self, blog) -> str:
        return blog.get_meta_description()

    def author_name(self, blog) -> str:
        return _("MicroLibya")

    def items(self, blog):
        return blog.posts().select_related("author__profile", "category")[:FEED_SIZE]

    def item_title(self, post) -> str:
        return post.title

    def item_description(self, post) -> str:
        return post.intro

    def item_link(self, post) -> str:
        return seo.absolute(self.request, post.get_url(self.request))

    def item_pubdate(self, post):
        return post.published_at

    def item_updateddate(self, post):
        return post.last_published_at or post.published_at

    def item_author_name(self, post) -> str | None:
        return post.author.public_name if post.author else None

    def item_categories(self, post) -> list[str]:
        names = [post.category.name] if post.category else []
        return names + [name for name, _slug in post.tag_links]


class AtomBlogFeed(BlogFeed):
    feed_type = Atom1Feed

    def subtitle(self, blog) -> str:
        return self.description(blog)
