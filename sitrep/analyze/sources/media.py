"""Media: social-media references, from post URLs, @handles, embedded posts and platforms named
in the text, each with who put the post out."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.analyze.sources.claims import Claims, agent_of
from sitrep.analyze.sources.lexicon import Platform
from sitrep.analyze.sources.scan import HANDLE
from sitrep.analyze.sources.speakers import SUBJECTS, Speakers
from sitrep.analyze.sources.view import ArticleView
from sitrep.model import MediaRef

NAME_BEFORE_HANDLE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5})\s*\(\s*$")


class Media:
    """The social-media references of one article."""

    def __init__(self, view: ArticleView, speakers: Speakers, claims: Claims) -> None:
        self.view, self.speakers, self.claims = view, speakers, claims

    def refs(self) -> list[MediaRef]:
        urls = self._url_media()
        handles = self._handle_media()
        posted = self._embed_media() + [ref for _, ref in urls] + [ref for _, ref in handles]
        by_sentence: dict[int, list[MediaRef]] = {}
        for at, ref in urls + handles:
            by_sentence.setdefault(self.view.sentence_at(at), []).append(ref)
        for at, ref in self._platform_mentions():
            # "shared a video on its YouTube channel, youtube.com/@X", "its Twitter account
            # @X": one post, now with its platform and poster
            same = [
                other
                for other in by_sentence.get(self.view.sentence_at(at), [])
                if other.platform in (ref.platform, None) and other.posted_by is None
            ]
            if same:
                same[0].platform = same[0].platform or ref.platform
                same[0].posted_by = ref.posted_by
            elif not any(_same_post(ref, other) for other in posted):
                posted.append(ref)
        return posted

    def _embed_media(self) -> list[MediaRef]:
        refs = []
        for embed in self.view.embeds:
            urls = list(self.view.lex.url.finditer(self.view.text, embed.start, embed.dash))
            for match in urls:
                url = match.group(0).rstrip(".,;:!?")
                platform = self.view.lex.domain_platform[match.group("domain").lower()]
                refs.append(MediaRef(url, platform, embed.handle, embed.name.split(" (")[0]))
            if not urls:
                refs.append(MediaRef(None, "twitter", embed.handle, embed.name.split(" (")[0]))
        return refs

    def _url_media(self) -> list[tuple[int, MediaRef]]:
        refs: list[tuple[int, MediaRef]] = []
        if not self.view.lex.url_hint.search(self.view.text):
            return refs
        for match in self.view.lex.url.finditer(self.view.text):
            if self.view.in_embed(match.start()):
                continue
            before = self.view.text[match.start() - 1] if match.start() else " "
            if not match.group("scheme") and (before.isalnum() or before in "./@"):
                continue  # "fox.com/..." is not x.com
            url = match.group(0).rstrip(".,;:!?")
            domain = match.group("domain").lower()
            platform = self.view.lex.platforms[self.view.lex.domain_platform[domain]]
            ref = MediaRef(url, platform.name, _account(url, domain, platform), None)
            refs.append((match.start(), ref))
        return refs

    def _handle_media(self) -> list[tuple[int, MediaRef]]:
        refs: list[tuple[int, MediaRef]] = []
        for match in HANDLE.finditer(self.view.text):
            if self.view.in_embed(match.start()) or self._inside_url(match.start()):
                continue
            named = NAME_BEFORE_HANDLE.search(
                self.view.text, max(0, match.start() - 80), match.start()
            )
            posted_by = named.group(1) if named else None
            refs.append((match.start(), MediaRef(None, None, "@" + match.group(1), posted_by)))
        return refs

    def _inside_url(self, offset: int) -> bool:
        line_start = self.view.text.rfind(" ", max(0, offset - 300), offset) + 1
        return "/" in self.view.text[line_start:offset]

    def _platform_mentions(self) -> list[tuple[int, MediaRef]]:
        found: list[tuple[int, MediaRef]] = []
        lex, text = self.view.lex, self.view.text
        for (platform, pattern), words in zip(lex.mentions, lex.mention_words, strict=True):
            if words is not None and words not in text:
                continue
            for match in pattern.finditer(text):
                if self.view.in_embed(match.start()) or self._inside_url(match.start()):
                    continue
                found += [(match.start(), ref) for ref in self._posted(platform, match.start())]
        found.sort(key=lambda item: item[0])
        refs: list[tuple[int, MediaRef]] = []
        for at, ref in found:
            if not any(_same_post(ref, other) for _, other in refs):
                refs.append((at, ref))
        return refs

    def _posted(self, platform: str | None, offset: int) -> list[MediaRef]:
        """Who put out the post a platform mention refers to."""
        tokens = self.view.token_range(offset, offset + 1)
        if not tokens:
            return [MediaRef(None, platform, None, None)]
        token = self.view.doc[tokens[0]]
        group = self._group_subject(token)
        if group is not None:
            named = self._named_posters(group)
            if named:
                return [MediaRef(None, platform, name, name) for name in named]
            first, last = self.speakers.phrase(group)
            return [MediaRef(None, platform, None, self.speakers.phrase_text(first, last))]
        owner = _page_owner(token)
        if owner is not None:
            # "a post on the interior ministry's Facebook page": the page's owner posted it
            sources = self.speakers.resolve(owner)
            if sources:
                return [MediaRef(None, platform, None, sources[0].name)]
        current = token
        for _ in range(10):
            agent = self._by_agent(current)
            if agent is not None:
                sources = self.speakers.resolve(agent)
                return [MediaRef(None, platform, None, sources[0].name if sources else None)]
            claim = self.claims.at.get(current.i)
            if claim is not None and claim.origin:
                poster = (claim.poster or claim.origin)[0]
                return [MediaRef(None, platform, None, poster.name or None)]
            if current.head is current:
                break
            current = current.head
        # "IS claimed responsibility on Telegram": no claim, but the doer of the act posted it
        doer = self._doer_above(token)
        sources = self.speakers.resolve(doer) if doer is not None else []
        return [MediaRef(None, platform, None, sources[0].name if sources else None)]

    def _doer_above(self, token: Token) -> Token | None:
        """The subject of the first verb above a token, outside quotes."""
        for verb in token.ancestors:
            if verb.pos_ in ("VERB", "AUX"):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None or self.view.in_quote[subject.i] or subject.pos_ == "PRON":
                    return None
                return subject
        return None

    def _by_agent(self, token: Token) -> Token | None:
        """ "posts by Mayor X", "a video posted by the group": who made the post."""
        if token.pos_ == "VERB" and token.lemma_.lower() in self.view.lex.publish:
            return agent_of(token)
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _group_subject(self, token: Token) -> Token | None:
        """The subject phrase a platform word sits in: "Several Telegram channels reported"."""
        current = token
        for _ in range(4):
            if current.dep_ in SUBJECTS:
                if current is token and token.lemma_.lower() in self.view.lex.report_nouns:
                    return None  # "the tweet reads ...": its claim names who posted it
                if current.head.i in self.claims.at or current.lemma_.lower() in (
                    self.view.lex.post_groups
                ):
                    return current
                return None
            if current.dep_ not in ("compound", "amod", "nmod", "poss"):
                return None
            current = current.head
        return None

    def _named_posters(self, group: Token) -> list[str]:
        """A plural group of posters ("Several Telegram channels") named one by one in the next
        sentence of its paragraph ("Baza reported, while Mash claimed ...")."""
        if group.lemma_.lower() not in self.view.lex.post_groups or not self.speakers.is_plural(
            group
        ):
            return []
        number = self.view.sent_of[group.i] + 1
        if number >= len(self.view.sents):
            return []
        sent = self.view.sents[number]
        if self.view.paragraph_of(sent.start_char) != self.view.paragraph_of(group.idx):
            return []
        names = []
        for claim in self.claims.in_paragraph.get(self.view.paragraph_of(sent.start_char), []):
            subject = self.view.doc.char_span(*claim.subject_span, alignment_mode="expand")
            in_sentence = sent.start <= claim.anchor.i < sent.end
            if in_sentence and subject is not None and subject.root.pos_ == "PROPN":
                names += [s.name for s in claim.origin]
        return names


# Nouns for where an owner posts: "the ministry's Facebook page", "his X account".
_PAGES = frozenset({"page", "account", "channel", "feed", "profile", "handle"})


def _page_owner(token: Token) -> Token | None:
    """The owner a platform word's page is said to be of: "the ministry's Facebook page"."""
    noun = token
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head is not noun:
        noun = noun.head
    if noun.lemma_.lower() not in _PAGES:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return None if owner is None or owner.pos_ == "PRON" else owner


def _account(url: str, domain: str, platform: Platform) -> str | None:
    if domain in platform.no_account_domains:
        return None
    path = url.split(domain, 1)[-1].split("?")[0].strip("/")
    first = path.split("/")[0] if path else ""
    if not first or first.lower() in platform.not_accounts:
        return None
    if first.startswith("@"):
        return first
    return platform.account_prefix + first


def _loose(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _same_post(ref: MediaRef, other: MediaRef) -> bool:
    """A platform named in the text that is already known by URL, handle or an earlier mention."""
    family = {"twitter", "x"}
    same_platform = ref.platform == other.platform or {ref.platform, other.platform} <= family
    if not same_platform:
        return False
    if ref.account and other.account:
        return ref.account.lower().lstrip("@") == other.account.lower().lstrip("@")
    return _loose(ref.posted_by, other.posted_by)
