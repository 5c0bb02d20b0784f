#include "sandbox/http/form_errors.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {
std::string join(std::string_view prefix, std::string_view key) {
    if (prefix.empty()) return std::string(key);
    return std::string(prefix) + "." + std::string(key);
}
}  // namespace

void FormErrors::add(std::string_view path, std::string code, std::string message) {
    json::object* node = &tree_;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t dot = path.find('.', start);
        const std::string part(path.substr(start, dot - start));
        json::value& child = (*node)[part];
        if (!child.is_object()) child = json::object{};
        node = &child.as_object();
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    json::value& list = (*node)["_errors"];
    if (!list.is_array()) list = json::array{};
    list.as_array().push_back(
        json::object{{"code", std::move(code)}, {"message", std::move(message)}});
}

void FormErrors::raise_if_any() const {
    if (!tree_.empty()) throw ApiError(400, 50035, "Invalid Form Body", tree_);
}

std::optional<std::string> FormErrors::string(const json::object& body, std::string_view key,
                                              std::size_t min_length, std::size_t max_length,
                                              bool required, std::string_view path_prefix) {
    const std::string path = join(path_prefix, key);
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) {
        if (required) add(path, "BASE_TYPE_REQUIRED", "This field is required");
        return std::nullopt;
    }
    if (!v->is_string()) {
        add(path, "BASE_TYPE_STRING",
            "Could not interpret \"" + json::serialize(*v) + "\" as string.");
        return std::nullopt;
    }
    std::string text(v->get_string());
    // Discord counts characters, not bytes: count UTF-8 lead bytes.
    std::size_t length = 0;
    for (unsigned char c : text) length += (c & 0xC0) != 0x80;
    if (length < min_length || length > max_length) {
        add(path, "BASE_TYPE_BAD_LENGTH",
            "Must be between " + std::to_string(min_length) + " and " + std::to_string(max_length) +
                " in length.");
        return std::nullopt;
    }
    return text;
}

std::optional<std::int64_t> FormErrors::integer(const json::object& body, std::string_view key,
                                                std::int64_t min, std::int64_t max, bool required,
                                                std::string_view path_prefix) {
    const std::string path = join(path_prefix, key);
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) {
        if (required) add(path, "BASE_TYPE_REQUIRED", "This field is required");
        return std::nullopt;
    }
    if (!v->is_int64() && !v->is_uint64()) {
        add(path, "NUMBER_TYPE_COERCE", "Value \"" + json::serialize(*v) + "\" is not int.");
        return std::nullopt;
    }
    const bool too_big = v->is_uint64() && v->get_uint64() > static_cast<std::uint64_t>(max);
    const std::int64_t n = v->is_int64() ? v->get_int64() : max;
    if (too_big || n > max) {
        add(path, "NUMBER_TYPE_MAX",
            "int value should be less than or equal to " + std::to_string(max) + ".");
        return std::nullopt;
    }
    if (n < min) {
        add(path, "NUMBER_TYPE_MIN",
            "int value should be greater than or equal to " + std::to_string(min) + ".");
        return std::nullopt;
    }
    return n;
}

std::optional<bool> FormErrors::boolean(const json::object& body, std::string_view key,
                                        std::string_view path_prefix) {
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_bool()) {
        add(join(path_prefix, key), "BASE_TYPE_BOOLEAN", "Must be either true or false.");
        return std::nullopt;
    }
    return v->get_bool();
}

std::optional<Snowflake> FormErrors::snowflake(const json::object& body, std::string_view key,
                                               bool required, std::string_view path_prefix) {
    const std::string path = join(path_prefix, key);
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) {
        if (required) add(path, "BASE_TYPE_REQUIRED", "This field is required");
        return std::nullopt;
    }
    std::optional<Snowflake> id;
    if (v->is_string()) id = Snowflake::try_parse(v->get_string());
    if (v->is_uint64()) id = Snowflake{v->get_uint64()};
    if (v->is_int64() && v->get_int64() >= 0)
        id = Snowflake{static_cast<std::uint64_t>(v->get_int64())};
    if (!id) {
        add(path, "NUMBER_TYPE_COERCE", "Value \"" + json::serialize(*v) + "\" is not snowflake.");
    }
    return id;
}

void raise_field_error(std::string_view path, std::string code, std::string message) {
    FormErrors errors;
    errors.add(path, std::move(code), std::move(message));
    errors.raise_if_any();
    throw ApiError(400, 50035, "Invalid Form Body");  // unreachable: keeps [[noreturn]] honest
}

}  // namespace hikari::sandbox
