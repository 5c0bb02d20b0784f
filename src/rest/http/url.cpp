#include "rest/http/url.hpp"

#include <hikari/core/errors_base.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include <charconv>

namespace hikari::rest::http {

namespace {

Url from_view(boost::urls::url_view view, std::string_view original) {
    Url url;
    url.scheme = std::string(view.scheme());
    for (auto& c : url.scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (url.scheme != "http" && url.scheme != "https") {
        throw ValueError("unsupported URL scheme \"" + url.scheme + "\" in \"" +
                         std::string(original) + "\" (only http and https)");
    }
    if (!view.has_authority() || view.encoded_host().empty()) {
        throw ValueError("URL \"" + std::string(original) + "\" has no host");
    }
    url.host = view.host_type() == boost::urls::host_type::ipv6
                   ? std::string(view.encoded_host_address())
                   : std::string(view.host());
    if (view.has_port()) {
        const auto text = view.port();
        unsigned value = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc{} || end != text.data() + text.size() || value == 0 || value > 65535) {
            throw ValueError("URL \"" + std::string(original) + "\" has an invalid port");
        }
        url.port = static_cast<std::uint16_t>(value);
    } else {
        url.port = url.tls() ? 443 : 80;
    }
    url.target = std::string(view.encoded_path());
    if (url.target.empty()) url.target = "/";
    if (view.has_query()) url.target += "?" + std::string(view.encoded_query());
    return url;
}

}  // namespace

namespace {

/// Appends the host (in brackets when IPv6) and, when `with_port`, ":port".
void append_authority(std::string& out, const std::string& host, std::uint16_t port,
                      bool with_port) {
    const bool ipv6 = host.find(':') != std::string::npos;
    if (ipv6) out += '[';
    out += host;
    if (ipv6) out += ']';
    if (!with_port) return;
    char digits[8];
    const char* end = std::to_chars(digits, digits + sizeof digits, port).ptr;
    out += ':';
    out.append(digits, static_cast<std::size_t>(end - digits));
}

}  // namespace

std::string Url::origin() const {
    std::string out;
    out.reserve(scheme.size() + host.size() + 11);
    out += scheme;
    out += "://";
    append_authority(out, host, port, true);
    return out;
}

std::string Url::host_header() const {
    std::string out;
    out.reserve(host.size() + 8);
    append_host_header(out);
    return out;
}

void Url::append_host_header(std::string& out) const {
    append_authority(out, host, port, port != (tls() ? 443 : 80));
}

std::string Url::str() const {
    std::string out = origin();
    out += target;
    return out;
}

Url parse_url(std::string_view text) {
    auto parsed = boost::urls::parse_absolute_uri(text);
    if (!parsed) {
        throw ValueError("malformed URL \"" + std::string(text) +
                         "\": " + parsed.error().message());
    }
    return from_view(*parsed, text);
}

Url resolve_location(const Url& base, std::string_view location) {
    auto ref = boost::urls::parse_uri_reference(location);
    if (!ref) throw ValueError("malformed redirect Location \"" + std::string(location) + "\"");
    const std::string base_text = base.str();
    auto base_view = boost::urls::parse_absolute_uri(base_text);
    if (!base_view) throw ValueError("malformed base URL \"" + base_text + "\"");
    boost::urls::url out;
    auto result = boost::urls::resolve(*base_view, *ref, out);
    if (!result) throw ValueError("cannot resolve redirect \"" + std::string(location) + "\"");
    return from_view(out, out.buffer());
}

}  // namespace hikari::rest::http
