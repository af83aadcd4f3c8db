"""Rendering Jinja text templates (.md, .txt, .html, .eml bodies)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jinja2

from leadocs.errors import TemplateError
from leadocs.render.environment import build_environment
from leadocs.render.limits import (
    EXPRESSION_ERRORS,
    LimitError,
    describe_expression_error,
    limits_for,
)

__all__ = ["render_text"]

_ESCAPED = (".html", ".htm", ".xml")


def render_text(
    source: str, context: Mapping[str, Any], *, name: str, sandboxed: bool = True
) -> str:
    """Render a text template; HTML and XML templates escape values, others keep them as is."""
    env = build_environment(sandboxed=sandboxed, autoescape=name.lower().endswith(_ESCAPED))
    try:
        # Compiling folds constant expressions ('a' | center(10**9)), so it is bounded too.
        with limits_for(env, name):
            return env.from_string(source).render(dict(context))
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"{name}:{exc.lineno}", f"template syntax error: {exc.message}"
        ) from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            name, f"the template uses a value the data does not have: {exc.message}"
        ) from None
    except LimitError as exc:
        raise TemplateError(name, describe_expression_error(exc)) from None
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(name, f"the template tried something unsafe: {exc}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(name, f"template error: {exc}") from None
    except EXPRESSION_ERRORS as exc:
        raise TemplateError(
            name, f"error while filling in the template: {describe_expression_error(exc)}"
        ) from None
