#pragma once
// Writes the head of an HTTP/1.1 request (request line and header fields) as text, into a
// buffer the connection reuses, so that the head and an in-memory body leave in one write.

#include "rest/http/http_message.hpp"
#include "rest/http/url.hpp"

#include <string>

namespace hikari::rest::http {

/// Appends the head of `request` to `out` (which is cleared first): the request line with
/// url.target, Host, the request's headers (a later header replaces an earlier one of the
/// same name, as does Host), the preset head, Content-Type and Content-Length when there is a body
/// (length also for an empty POST, PUT or PATCH), then the blank line. Throws ValueError when a
/// method, name or value holds a character that would end the line (CR, LF or NUL).
void write_request_head(const Request& request, const Url& url, std::string& out);

}  // namespace hikari::rest::http
