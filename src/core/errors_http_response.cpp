// make_http_response_error(): turns an HTTP error response into the matching exception,
// parsing Discord's JSON error body (docs/reference.mdx, "Error Messages") with simdjson.

#include <hikari/core/errors.hpp>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <exception>

namespace hikari {

namespace {

namespace dom = simdjson::dom;

std::string lower(std::string_view text) {
    std::string out{text};
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool worth_keeping(std::string_view lowered_name) {
    return lowered_name.starts_with("x-ratelimit-") || lowered_name == "retry-after" ||
           lowered_name == "content-type" || lowered_name == "cf-ray" || lowered_name == "via";
}

std::optional<std::string_view> find_header(const HTTPHeaders& kept, std::string_view name) {
    for (const auto& [key, value] : kept) {
        if (key == name) return std::string_view{value};
    }
    return std::nullopt;
}

std::optional<double> parse_seconds(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    double value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || !(value >= 0) || value > 1e9) return std::nullopt;
    return value;
}

std::string string_or_empty(dom::element element) {
    std::string_view text;
    if (element.get_string().get(text) != simdjson::SUCCESS) return {};
    return std::string{text};
}

// An "_errors" array: [{"code": "...", "message": "..."}, ...].
void collect_leaf_errors(dom::array list, const std::string& path,
                         std::vector<HTTPFieldError>& out) {
    for (dom::element entry : list) {
        HTTPFieldError error{path, {}, {}};
        dom::object object;
        if (entry.get_object().get(object) == simdjson::SUCCESS) {
            dom::element field;
            if (object.at_key("code").get(field) == simdjson::SUCCESS) {
                error.code = string_or_empty(field);
            }
            if (object.at_key("message").get(field) == simdjson::SUCCESS) {
                error.message = string_or_empty(field);
            }
        } else {
            error.message = string_or_empty(entry);  // tolerate a bare string
        }
        out.push_back(std::move(error));
    }
}

// The tree nests one object per path segment, array indices included as "0", "1", ...
void flatten_errors(dom::element node, const std::string& path, std::vector<HTTPFieldError>& out) {
    dom::object object;
    if (node.get_object().get(object) != simdjson::SUCCESS) return;
    for (auto [key, value] : object) {
        if (key == "_errors") {
            dom::array list;
            if (value.get_array().get(list) == simdjson::SUCCESS) {
                collect_leaf_errors(list, path, out);
            }
            continue;
        }
        std::string child = path.empty() ? std::string{key} : path + "." + std::string{key};
        flatten_errors(value, child, out);
    }
}

struct ParsedBody {
    int code = 0;
    std::string message;
    std::vector<HTTPFieldError> errors;
    std::optional<double> retry_after;
    std::optional<bool> is_global;
};

ParsedBody parse_body(std::string_view body) {
    ParsedBody parsed;
    if (body.empty()) return parsed;
    dom::parser parser;
    simdjson::padded_string padded{body};
    dom::element root;
    dom::object object;
    if (parser.parse(padded).get(root) != simdjson::SUCCESS ||
        root.get_object().get(object) != simdjson::SUCCESS) {
        return parsed;  // not JSON, or not an object: the raw body is kept by the caller
    }
    dom::element field;
    if (object.at_key("code").get(field) == simdjson::SUCCESS) {
        std::int64_t code = 0;
        if (field.get_int64().get(code) == simdjson::SUCCESS && code >= 0 && code <= 1'000'000) {
            parsed.code = static_cast<int>(code);
        }
    }
    if (object.at_key("message").get(field) == simdjson::SUCCESS) {
        parsed.message = string_or_empty(field);
    }
    if (object.at_key("errors").get(field) == simdjson::SUCCESS) {
        flatten_errors(field, "", parsed.errors);
    }
    if (object.at_key("retry_after").get(field) == simdjson::SUCCESS) {
        double seconds = 0;
        if (field.get_double().get(seconds) == simdjson::SUCCESS && seconds >= 0 &&
            seconds <= 1e9) {
            parsed.retry_after = seconds;
        }
    }
    if (object.at_key("global").get(field) == simdjson::SUCCESS) {
        bool global = false;
        if (field.get_bool().get(global) == simdjson::SUCCESS) parsed.is_global = global;
    }
    return parsed;
}

}  // namespace

RateLimitedError::RateLimitedError(HTTPResponseDetails details)
    : ClientHTTPResponseError(std::move(details)) {
    const auto& kept = this->headers();
    if (auto scope = find_header(kept, "x-ratelimit-scope")) scope_ = std::string{*scope};
    if (auto global = find_header(kept, "x-ratelimit-global")) {
        is_global_ = lower(*global) == "true";
    }
    if (scope_ == "global") is_global_ = true;
    // The body is more precise than Retry-After (milliseconds rather than whole seconds).
    const auto parsed = parse_body(body());
    if (parsed.is_global) is_global_ = *parsed.is_global;
    if (parsed.retry_after) {
        retry_after_ = FractionalSeconds{*parsed.retry_after};
    } else if (auto header = find_header(kept, "retry-after")) {
        if (auto seconds = parse_seconds(*header)) retry_after_ = FractionalSeconds{*seconds};
    }
}

std::unique_ptr<HTTPResponseError> make_http_response_error(int status, std::string url,
                                                            std::string_view body,
                                                            const HTTPHeaders& headers) {
    if (status < 100 || status > 999) {
        throw ValueError("invalid HTTP status " + std::to_string(status) +
                         ": expected a three-digit status code (100-999)");
    }
    auto parsed = parse_body(body);
    HTTPResponseDetails details;
    details.status = status;
    details.url = std::move(url);
    details.code = parsed.code;
    details.message = std::move(parsed.message);
    details.body = std::string{body};
    details.errors = std::move(parsed.errors);
    for (const auto& [name, value] : headers) {
        auto lowered = lower(name);
        if (worth_keeping(lowered)) details.headers.emplace_back(std::move(lowered), value);
    }
    switch (status) {
        case 400:
            return std::make_unique<BadRequestError>(std::move(details));
        case 401:
            return std::make_unique<UnauthorizedError>(std::move(details));
        case 403:
            return std::make_unique<ForbiddenError>(std::move(details));
        case 404:
            return std::make_unique<NotFoundError>(std::move(details));
        case 429:
            return std::make_unique<RateLimitedError>(std::move(details));
        default:
            break;
    }
    if (status >= 400 && status < 500) {
        return std::make_unique<ClientHTTPResponseError>(std::move(details));
    }
    if (status >= 500 && status < 600) {
        return std::make_unique<InternalServerError>(std::move(details));
    }
    return std::make_unique<HTTPResponseError>(std::move(details));
}

void throw_http_response_error(int status, std::string url, std::string_view body,
                               const HTTPHeaders& headers) {
    make_http_response_error(status, std::move(url), body, headers)->raise();
    std::terminate();  // unreachable: raise() always throws, but [[noreturn]] isn't inherited
}

}  // namespace hikari
