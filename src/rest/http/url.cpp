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

std::string Url::origin() const {
    const bool ipv6 = host.find(':') != std::string::npos;
    return scheme + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::string Url::host_header() const {
    const bool ipv6 = host.find(':') != std::string::npos;
    std::string out = ipv6 ? "[" + host + "]" : host;
    if (port != (tls() ? 443 : 80)) out += ":" + std::to_string(port);
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
