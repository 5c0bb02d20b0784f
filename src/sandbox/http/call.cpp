#include "sandbox/http/call.hpp"

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/form_errors.hpp"

#include <hikari/core/errors_base.hpp>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include <charconv>

namespace hikari::sandbox {

namespace json = boost::json;

const std::string& Call::param(const std::string& name) const {
    auto it = params_.find(name);
    if (it == params_.end()) throw ApiError(500, 0, "route has no parameter " + name);
    return it->second;
}

Snowflake Call::id(const std::string& name) const {
    const std::string& text = param(name);
    auto id = Snowflake::try_parse(text);
    if (!id)
        raise_field_error(name, "NUMBER_TYPE_COERCE", "Value \"" + text + "\" is not snowflake.");
    return *id;
}

void Call::parse_body() {
    if (parsed_) return;
    parsed_ = true;
    std::string_view text = request_.body;
    const std::string* content_type = request_.header("content-type");
    std::optional<std::string> boundary;
    try {
        if (content_type) boundary = multipart_boundary(*content_type);
        if (boundary) {
            text = {};
            for (auto& part : parse_multipart(request_.body, *boundary)) {
                if (part.name == "payload_json") {
                    // Keep the payload text alive in files_-independent storage.
                    body_ = json::object{};
                    boost::system::error_code ec;
                    json::value v = json::parse(part.data, ec);
                    if (ec) throw api_errors::invalid_json();
                    if (!v.is_object())
                        raise_field_error("payload_json", "DICT_TYPE_CONVERT",
                                          "Only dictionaries may be used in a DictType");
                    body_ = std::move(v.as_object());
                } else if (!part.filename.empty()) {
                    files_.push_back(std::move(part));
                }
            }
            return;
        }
    } catch (const ParseError& e) {
        raise_field_error("_multipart", "MULTIPART_MALFORMED", e.what());
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return;
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    if (ec) throw api_errors::invalid_json();
    if (!v.is_object()) {
        throw ApiError(
            400, 50035, "Invalid Form Body",
            json::object{
                {"_errors", json::array{json::object{
                                {"code", "DICT_TYPE_CONVERT"},
                                {"message", "Only dictionaries may be used in a DictType"}}}}});
    }
    body_ = std::move(v.as_object());
}

const json::object& Call::body() {
    parse_body();
    return body_;
}

const std::vector<MultipartPart>& Call::files() {
    parse_body();
    return files_;
}

std::optional<std::string> Call::query(const std::string& name) const {
    auto it = request_.query.find(name);
    if (it == request_.query.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> Call::query_all(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [key, value] : request_.query_list) {
        if (key == name) out.push_back(value);
    }
    return out;
}

std::int64_t Call::query_int(const std::string& name, std::int64_t min, std::int64_t max,
                             std::int64_t fallback) const {
    const auto text = query(name);
    if (!text) return fallback;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size()) {
        raise_field_error(name, "NUMBER_TYPE_COERCE", "Value \"" + *text + "\" is not int.");
    }
    if (value < min) {
        raise_field_error(
            name, "NUMBER_TYPE_MIN",
            "int value should be greater than or equal to " + std::to_string(min) + ".");
    }
    if (value > max) {
        raise_field_error(name, "NUMBER_TYPE_MAX",
                          "int value should be less than or equal to " + std::to_string(max) + ".");
    }
    return value;
}

std::optional<Snowflake> Call::query_id(const std::string& name) const {
    const auto text = query(name);
    if (!text) return std::nullopt;
    auto id = Snowflake::try_parse(*text);
    if (!id)
        raise_field_error(name, "NUMBER_TYPE_COERCE", "Value \"" + *text + "\" is not snowflake.");
    return id;
}

bool Call::query_bool(const std::string& name) const {
    const auto text = query(name);
    if (!text) return false;
    if (*text == "true" || *text == "True" || *text == "1") return true;
    if (*text == "false" || *text == "False" || *text == "0") return false;
    raise_field_error(name, "BASE_TYPE_BOOLEAN", "Must be either true or false.");
}

std::vector<MultipartPart> multipart_form(const Call& call) {
    const std::string* content_type = call.request().header("content-type");
    std::optional<std::string> boundary;
    std::vector<MultipartPart> parts;
    try {
        if (content_type) boundary = multipart_boundary(*content_type);
        if (boundary) parts = parse_multipart(call.request().body, *boundary);
    } catch (const ParseError& e) {
        raise_field_error("_multipart", "MULTIPART_MALFORMED", e.what());
    }
    if (!boundary) {
        throw ApiError(
            400, 50035, "Invalid Form Body",
            json::object{{"_errors",
                          json::array{json::object{{"code", "CONTENT_TYPE_INVALID"},
                                                   {"message", "Expected multipart/form-data"}}}}});
    }
    return parts;
}

}  // namespace hikari::sandbox
