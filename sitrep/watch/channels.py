"""Where alerts go: a webhook (JSON POST, tried again with backoff), a file (JSON Lines),
email (SMTP with STARTTLS; the login from SITREP_SMTP_USER and SITREP_SMTP_PASSWORD)."""

from __future__ import annotations

import json
import os
import smtplib
import ssl
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sitrep.fetch import FetchError, FetchPolicy, Refused, fetch
from sitrep.watch.config import Rule, Settings, Smtp

SMTP_USER_ENV = "SITREP_SMTP_USER"
SMTP_PASSWORD_ENV = "SITREP_SMTP_PASSWORD"


class DeliveryError(RuntimeError):
    """An alert that did not reach its destination (after the tries allowed)."""


class Channels:
    """Delivery to each kind of destination, with the watcher's fetch limits."""

    def __init__(self, settings: Settings, policy: FetchPolicy, smtp: Smtp | None) -> None:
        self.settings, self.policy, self.smtp = settings, policy, smtp

    def deliver(self, kind: str, rule: Rule, message: dict[str, Any]) -> None:
        if kind == "webhook" and rule.webhook:
            self.webhook(rule.webhook, message)
        elif kind == "file" and rule.file:
            append_line(rule.file, message)
        elif kind == "email" and rule.email:
            self.email(rule.email, message)
        else:
            raise DeliveryError(f"rule {rule.name} has no {kind} destination")

    def webhook(self, url: str, message: dict[str, Any]) -> None:
        """POST the alert as JSON; a 5xx, a 429 or no answer is tried again after a wait that
        doubles (or the Retry-After asked for), up to ``webhook_tries`` times."""
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        wait = self.settings.webhook_backoff
        tries = max(1, self.settings.webhook_tries)
        for attempt in range(1, tries + 1):
            try:
                fetch(url, self.policy, {"content-type": "application/json"}, method="POST",
                      content=body)  # fmt: skip
                return
            except Refused as err:
                raise DeliveryError(err.message) from None
            except FetchError as err:
                permanent = err.status is not None and 400 <= err.status < 500 and err.status != 429
                if permanent or attempt == tries:
                    raise DeliveryError(f"{err.message} (after {attempt} tries)") from None
                time.sleep(err.retry_after if err.retry_after is not None else wait)
                wait *= 2

    def email(self, recipients: tuple[str, ...], message: dict[str, Any]) -> None:
        if self.smtp is None:
            raise DeliveryError("no [smtp] table")
        mail = EmailMessage()
        mail["From"], mail["To"] = self.smtp.sender, ", ".join(recipients)
        mail["Subject"] = subject(message)
        mail.set_content(email_text(message))
        mail.add_attachment(
            json.dumps(message, ensure_ascii=False, indent=1).encode("utf-8"),
            maintype="application",
            subtype="json",
            filename="incident.json",
        )
        try:
            send_mail(self.smtp, mail)
        except (OSError, smtplib.SMTPException) as err:
            raise DeliveryError(f"email to {mail['To']}: {type(err).__name__}: {err}") from None


def send_mail(smtp: Smtp, mail: EmailMessage) -> None:
    """One message through the server; STARTTLS unless turned off, login when the env has one."""
    with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as server:
        server.ehlo()
        if smtp.starttls:
            context = ssl.create_default_context(cafile=smtp.ca_file)
            server.starttls(context=context)
            server.ehlo()
        user = os.environ.get(SMTP_USER_ENV)
        if user:
            server.login(user, os.environ.get(SMTP_PASSWORD_ENV, ""))
        server.send_message(mail)


def subject(message: dict[str, Any]) -> str:
    incident = message["incident"]
    toll = incident.get("fatalities")
    killed = f", {toll} killed" if toll else ""
    head = "Update: " if message["update"] else ""
    kind = incident.get("sub_event_type") or incident.get("event_type")
    return (
        f"[sitrep: {message['alert']}] {head}{kind}"
        f" in {incident.get('location_name') or incident.get('country_code') or 'unknown place'}"
        f"{killed} ({incident.get('date_start')})"
    )


def email_text(message: dict[str, Any]) -> str:
    lines = [subject(message), ""]
    for report in message["reports"]:
        lines.append(f"- {report.get('outlet') or 'unknown outlet'}: {report.get('evidence')}")
        if report.get("url"):
            lines.append(f"  {report['url']}")
    return "\n".join(lines) + "\n"


def append_line(path: Path, message: dict[str, Any]) -> None:
    """One JSON line, written whole and synced, so a crash leaves no half line behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as err:
        raise DeliveryError(f"cannot write {path}: {err.strerror}") from None
