// ProxySettings: proxy URL parsing, environment lookup and the Basic Proxy-Authorization value.
// Error messages never repeat a password: URLs are quoted with their credentials redacted.

#include <hikari/core/config.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>

namespace hikari {

namespace {

std::string lower(std::string_view text) {
    std::string out{text};
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool is_control_or_space(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7F;
}

bool is_control(char c) noexcept {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
}

// "http://user:secret@host:1" -> "http://***@host:1", for error messages and logs.
std::string redact(std::string_view url) {
    const auto scheme_end = url.find("://");
    const auto start = scheme_end == std::string_view::npos ? 0 : scheme_end + 3;
    const auto authority_end = url.find_first_of("/?#", start);
    const auto at = url.substr(0, authority_end).rfind('@');
    std::string out;
    if (at != std::string_view::npos && at >= start) {
        out = std::string{url.substr(0, start)} + "***" + std::string{url.substr(at)};
    } else {
        out = std::string{url};
    }
    for (char& c : out) {
        if (is_control(c)) c = '?';
    }
    constexpr std::size_t shown = 100;
    if (out.size() > shown) out = out.substr(0, shown) + "...";
    return out;
}

[[noreturn]] void bad_url(std::string_view source, std::string_view url, std::string_view why) {
    throw ValueError(
        fmt::format("{} \"{}\" is not a valid proxy URL: {}", source, redact(url), why));
}

std::optional<std::string> percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size()) return std::nullopt;
        unsigned value = 0;
        auto [ptr, ec] = std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
        if (ec != std::errc{} || ptr != text.data() + i + 3) return std::nullopt;
        out += static_cast<char>(value);
        i += 2;
    }
    return out;
}

bool valid_host_name(std::string_view host) noexcept {
    if (host.empty() || host.size() > 253) return false;
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']') return false;
        return std::all_of(host.begin() + 1, host.end() - 1, [](char c) {
            return std::isxdigit(static_cast<unsigned char>(c)) != 0 || c == ':' || c == '.';
        });
    }
    return std::all_of(host.begin(), host.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.' || c == '_';
    });
}

struct ProxyUrl {
    std::string normalized;  // scheme://host[:port]
    std::optional<ProxyCredentials> credentials;
};

// `source` names where the URL came from, for the error message.
ProxyUrl parse_proxy_url(std::string_view url, std::string_view source, bool allow_no_scheme) {
    if (url.empty()) bad_url(source, url, "it is empty; leave the URL unset for no proxy");
    if (std::any_of(url.begin(), url.end(), is_control_or_space)) {
        bad_url(source, url, "it contains spaces or control characters");
    }
    std::string owned;
    if (url.find("://") == std::string_view::npos) {
        if (!allow_no_scheme) bad_url(source, url, "it has no scheme; write http://host:port");
        owned = "http://" + std::string{url};  // as curl reads "proxy:3128" from the environment
        url = owned;
    }
    const auto scheme_end = url.find("://");
    const auto scheme = lower(url.substr(0, scheme_end));
    if (scheme != "http" && scheme != "https") {
        bad_url(source, url,
                "only http:// and https:// proxies are supported, not \"" + scheme + "://\"");
    }
    auto rest = url.substr(scheme_end + 3);
    const auto authority_end = rest.find_first_of("/?#");
    auto authority = rest.substr(0, authority_end);
    if (authority_end != std::string_view::npos && rest.substr(authority_end) != "/") {
        bad_url(source, url,
                "a proxy URL has no path, query or fragment; write scheme://host:port");
    }

    ProxyUrl parsed;
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const auto userinfo = authority.substr(0, at);
        authority = authority.substr(at + 1);
        const auto colon = userinfo.find(':');
        auto user = percent_decode(userinfo.substr(0, colon));
        auto pass = percent_decode(colon == std::string_view::npos ? std::string_view{}
                                                                   : userinfo.substr(colon + 1));
        if (!user || !pass) bad_url(source, url, "its credentials have an invalid %-escape");
        if (user->empty()) bad_url(source, url, "its credentials have an empty user name");
        parsed.credentials = ProxyCredentials{std::move(*user), std::move(*pass)};
    }

    std::string_view host = authority;
    std::string_view port;
    const auto bracket = authority.rfind(']');
    const auto colon = authority.rfind(':');
    if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
        unsigned number = 0;
        auto [ptr, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
        if (port.empty() || ec != std::errc{} || ptr != port.data() + port.size() || number == 0 ||
            number > 65535) {
            bad_url(source, url, "its port must be a number from 1 to 65535");
        }
    }
    if (!valid_host_name(host)) {
        bad_url(source, url, host.empty() ? "it has no host" : "its host name is not valid");
    }
    parsed.normalized = scheme + "://" + lower(host);
    if (!port.empty()) parsed.normalized += ":" + std::string{port};
    return parsed;
}

void check_credentials(const ProxyCredentials& credentials) {
    if (credentials.username.empty()) {
        throw ValueError("ProxyCredentials::username is empty; give the proxy user name");
    }
    if (credentials.username.find(':') != std::string::npos) {
        throw ValueError(
            "ProxyCredentials::username contains ':', which Basic authentication cannot carry");
    }
    const auto has_control = [](const std::string& s) {
        return std::any_of(s.begin(), s.end(), is_control);
    };
    if (has_control(credentials.username) || has_control(credentials.password)) {
        throw ValueError("ProxyCredentials contain control characters (line breaks, NUL, ...)");
    }
}

bool is_token_char(char c) noexcept {
    constexpr std::string_view extra = "!#$%&'*+-.^_`|~";
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           extra.find(c) != std::string_view::npos;
}

void check_headers(const std::map<std::string, std::string>& headers, bool has_credentials) {
    for (const auto& [name, value] : headers) {
        if (name.empty() || !std::all_of(name.begin(), name.end(), is_token_char)) {
            throw ValueError(fmt::format(
                "ProxySettings::headers has an invalid header name \"{}\"; use letters, digits "
                "and -",
                redact(name)));
        }
        if (std::any_of(value.begin(), value.end(),
                        [](char c) { return c == '\r' || c == '\n' || c == '\0'; })) {
            throw ValueError(fmt::format(
                "ProxySettings::headers[\"{}\"] contains a line break or NUL, which would break "
                "the request",
                name));
        }
        if (has_credentials && lower(name) == "proxy-authorization") {
            throw ValueError(
                "ProxySettings has both credentials and a Proxy-Authorization header; keep only "
                "one");
        }
    }
}

std::string base64(std::string_view data) {
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < data.size(); i += 3) {
        const auto n = (static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])) << 16U) |
                       (static_cast<std::uint32_t>(static_cast<unsigned char>(data[i + 1])) << 8U) |
                       static_cast<std::uint32_t>(static_cast<unsigned char>(data[i + 2]));
        out += alphabet[(n >> 18U) & 63U];
        out += alphabet[(n >> 12U) & 63U];
        out += alphabet[(n >> 6U) & 63U];
        out += alphabet[n & 63U];
    }
    if (const auto left = data.size() - i; left > 0) {
        auto n = static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])) << 16U;
        if (left == 2)
            n |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[i + 1])) << 8U;
        out += alphabet[(n >> 18U) & 63U];
        out += alphabet[(n >> 12U) & 63U];
        out += left == 2 ? alphabet[(n >> 6U) & 63U] : '=';
        out += '=';
    }
    return out;
}

}  // namespace

EnvironmentLookup process_environment() {
    return [](std::string_view name) -> std::optional<std::string> {
        const char* value = std::getenv(std::string{name}.c_str());  // NOLINT: read-only use
        if (value == nullptr) return std::nullopt;
        return std::string{value};
    };
}

std::optional<ResolvedProxy> ProxySettings::resolve(const EnvironmentLookup& env) const {
    if (credentials) check_credentials(*credentials);
    check_headers(headers, credentials.has_value());

    std::optional<ProxyUrl> parsed;
    if (url) {
        parsed = parse_proxy_url(*url, "ProxySettings::url", false);
    } else if (trust_env && env) {
        for (const char* name : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"}) {
            auto value = env(name);
            if (!value || value->empty()) continue;
            parsed = parse_proxy_url(*value, fmt::format("environment variable {}", name), true);
            break;
        }
    }
    if (!parsed) return std::nullopt;

    ResolvedProxy proxy;
    proxy.url = std::move(parsed->normalized);
    proxy.headers = headers;
    const auto& login = credentials ? credentials : parsed->credentials;
    if (login) {
        check_credentials(*login);
        check_headers(headers, true);
        proxy.authorization = "Basic " + base64(login->username + ":" + login->password);
        proxy.headers.insert_or_assign("Proxy-Authorization", *proxy.authorization);
    }
    return proxy;
}

std::optional<std::string> ProxySettings::effective_url(const EnvironmentLookup& env) const {
    auto proxy = resolve(env);
    if (!proxy) return std::nullopt;
    return std::move(proxy->url);
}

std::optional<std::string> ProxySettings::authorization_header(const EnvironmentLookup& env) const {
    auto proxy = resolve(env);
    if (!proxy) return std::nullopt;
    return std::move(proxy->authorization);
}

void ProxySettings::validate(const EnvironmentLookup& env) const {
    (void)resolve(env);
}

std::string ProxySettings::describe(const EnvironmentLookup& env) const {
    const auto proxy = resolve(env);
    if (!proxy) return "no proxy";
    std::string out = proxy->url;
    if (proxy->authorization) out += " (credentials: ***)";
    std::string names;
    for (const auto& [name, value] : headers) names += (names.empty() ? "" : ", ") + name;
    if (!names.empty()) out += " with headers " + names;
    return out;
}

}  // namespace hikari
