"""Make Material's blog plugin work per language under mkdocs-static-i18n (suffix mode).

The two plugins are known not to cooperate (mkdocs-static-i18n issue #283): the blog
collects every post of every language, then mkdocs-static-i18n replaces each File with
a copy of its own, so the posts the blog holds are never rendered and the news index is
empty. Three small steps fix that for one language build at a time:

1. before the blog reads the files, hide the posts written in other languages;
2. after mkdocs-static-i18n has replaced the files, hand its copies to the blog's posts
   and index, so the pages the blog renders are the ones that get written;
3. give each post's language switcher and sitemap entry its counterpart: the post with the same file
   name in the other language, which must carry the same `slug` (checked by tests).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files


def applies(config: MkDocsConfig) -> bool:
    """Both plugins are in use (with Material's blog alone there is nothing to fix)."""
    return "material/blog" in config.plugins and "i18n" in config.plugins


def _i18n(config: MkDocsConfig):
    return config.plugins["i18n"]


def _blog(config: MkDocsConfig):
    return config.plugins["material/blog"]


def _locales(config: MkDocsConfig) -> tuple[str, list[str]]:
    """The default locale and every locale, from the i18n plugin's configuration."""
    languages = _i18n(config).config.languages
    default = next(lang.locale for lang in languages if lang.default)
    return default, [lang.locale for lang in languages]


def source_locale(src_uri: str, default: str, locales: list[str]) -> str:
    """The language a Markdown file is written in, from its suffix (`page.en.md`)."""
    stem = src_uri.rsplit("/", 1)[-1].removesuffix(".md")
    suffix = stem.rsplit(".", 1)[-1] if "." in stem else ""
    return suffix if suffix in locales else default


def _posts_dir(config: MkDocsConfig) -> str:
    blog = _blog(config).config
    return blog.post_dir.format(blog=blog.blog_dir).strip("/") + "/"


def hide_other_language_posts(files: Files, config: MkDocsConfig) -> Files:
    """Step 1: keep only the posts written in the language being built."""
    language = config.theme["language"]
    default, locales = _locales(config)
    posts_dir = _posts_dir(config)
    return Files(
        [
            file
            for file in files
            if not file.src_uri.startswith(posts_dir)
            or source_locale(file.src_uri, default, locales) == language
        ]
    )


def reattach_blog_files(files: Files, config: MkDocsConfig) -> Files:
    """Step 2: point the blog's posts and index at mkdocs-static-i18n's file copies."""
    blog = _blog(config).blog
    by_source = {file.src_uri: file for file in files}
    for post in blog.posts:
        copy = by_source[post.file.src_uri]
        copy.page = post
        post.file = copy
    language = config.theme["language"]
    default, locales = _locales(config)
    index_dir = _blog(config).config.blog_dir.strip("/")
    index = next(
        file
        for file in files
        if file.src_uri.startswith(f"{index_dir}/index.")
        and source_locale(file.src_uri, default, locales) == language
    )
    index.page = blog
    blog.file = index
    return files


def counterpart_src_uri(src_uri: str, locale: str, default: str, locales: list[str]) -> str:
    """`blog/posts/x.md` in locale `en` is `blog/posts/x.en.md`, and back."""
    stem = src_uri.removesuffix(".md")
    current = source_locale(src_uri, default, locales)
    if current != default:
        stem = stem.removesuffix(f".{current}")
    return f"{stem}.md" if locale == default else f"{stem}.{locale}.md"


def link_blog_alternates(config: MkDocsConfig) -> None:
    """Step 3: each post's language switcher and sitemap entry lead to the same post in
    every language, and canonical URLs follow the files mkdocs-static-i18n writes.

    Runs after mkdocs-static-i18n's own navigation step, which resets blog alternates,
    and before the sitemap is rendered.
    """
    blog = _blog(config).blog
    default, locales = _locales(config)
    language = config.theme["language"]
    own_prefix = "" if language == default else f"{language}/"
    blog._set_canonical_url(config.site_url)
    for post in blog.posts:
        post._set_canonical_url(config.site_url)
        path_in_language = post.file.url.removeprefix(own_prefix)
        post.file.alternates = {language: post.file}
        for locale in locales:
            if locale == language:
                continue
            prefix = "" if locale == default else f"{locale}/"
            post.file.alternates[locale] = File(
                counterpart_src_uri(post.file.src_uri, locale, default, locales),
                src_dir=None,
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
                dest_uri=f"{prefix}{path_in_language}index.html",
            )
