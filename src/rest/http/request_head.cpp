#include "rest/http/request_head.hpp"

#include "rest/http/ascii.hpp"

#include <hikari/core/errors_base.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>

namespace hikari::rest::http {

namespace {

/// Rejects text that would end the line it is written on (header injection).
/// Whether `text` has a byte below 14 (CR, LF and NUL are): eight bytes per step, as header
/// values are checked on every request.
bool has_control_below_14(std::string_view text) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, 8);
        // A byte below 14 borrows into its high bit; bytes >= 0x80 are masked by ~word.
        if (((word - ones * 14) & ~word & highs) != 0) return true;
    }
    for (; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) < 14) return true;
    }
    return false;
}

/// `what` and `name` make up the error message ("the value of header " "X-Name").
void check_line(std::string_view text, std::string_view what, std::string_view name = {}) {
    if (!has_control_below_14(text)) return;
    for (const char c : text) {
        if (c == '\r' || c == '\n' || c == '\0') {
            throw ValueError(std::string(what) + std::string(name) +
                             " must not contain CR, LF or NUL");
        }
    }
}

void field(std::string& out, std::string_view name, std::string_view value) {
    out.append(name);
    out.append(": ");
    out.append(value);
    out.append("\r\n");
}

/// Whether a later header of the request, or one the head writes itself after them,
/// replaces the header at `index`.
bool replaced(const HTTPHeaders& headers, std::size_t index, bool writes_type, bool writes_length) {
    const std::string_view name = headers[index].first;
    for (std::size_t later = index + 1; later < headers.size(); ++later) {
        if (ascii_iequals(headers[later].first, name)) return true;
    }
    return (writes_type && ascii_iequals(name, "content-type")) ||
           (writes_length && ascii_iequals(name, "content-length"));
}

}  // namespace

void write_request_head(const Request& request, const Url& url, std::string& out) {
    out.clear();
    check_line(request.method, "the HTTP method");
    if (request.method.find(' ') != std::string::npos) {
        throw ValueError("the HTTP method must not contain a space");
    }
    check_line(url.target, "the request target");
    out.append(request.method);
    out += ' ';
    out.append(url.target);
    out.append(" HTTP/1.1\r\n");

    bool host_given = false;
    for (const auto& [name, value] : request.headers) {
        if (ascii_iequals(name, "host")) host_given = true;
    }
    if (!host_given) {
        out.append("Host: ");
        url.append_host_header(out);
        out.append("\r\n");
    }

    const bool has_body = !request.body.empty();
    const bool sends_length = has_body || request.method == "POST" || request.method == "PUT" ||
                              request.method == "PATCH";
    for (std::size_t i = 0; i < request.headers.size(); ++i) {
        const auto& [name, value] = request.headers[i];
        check_line(name, "a header name");
        check_line(value, "the value of header ", name);
        if (name.empty() || name.find(':') != std::string::npos) {
            throw ValueError("invalid header name \"" + name + "\"");
        }
        if (!replaced(request.headers, i, has_body, sends_length)) field(out, name, value);
    }
    out.append(request.preset_head);
    if (has_body) {
        check_line(request.body.content_type, "the content type");
        field(out, "Content-Type", request.body.content_type);
    }
    if (sends_length) {
        char digits[24];
        const char* end = std::to_chars(digits, digits + sizeof digits, request.body.size()).ptr;
        field(out, "Content-Length",
              std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    out.append("\r\n");
}

}  // namespace hikari::rest::http
