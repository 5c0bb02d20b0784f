#include "model/json/codec.hpp"

#include <charconv>

namespace hikari::json {

void fail_missing(std::string_view name) {
    throw JsonError(std::string(name), "missing required field");
}

void Codec<Snowflake>::read(Value& v, Snowflake& out) {
    simdjson::ondemand::json_type type{};
    if (v.type().get(type) != simdjson::SUCCESS || type != simdjson::ondemand::json_type::string) {
        fail("expected a snowflake string");
    }
    auto parsed = Snowflake::try_parse(read_string_view(v));
    if (!parsed) fail("expected a snowflake string");
    out = *parsed;
}

void Codec<Snowflake>::write(JsonWriter& w, Snowflake in) {
    w.string(in.to_string());
}

void Codec<Timestamp>::read(Value& v, Timestamp& out) {
    simdjson::ondemand::json_type type{};
    if (auto error = v.type().get(type); error != simdjson::SUCCESS) {
        fail_simdjson(error, "an ISO 8601 timestamp string");
    }
    if (type != simdjson::ondemand::json_type::string)
        fail("expected an ISO 8601 timestamp string");
    // In place, as other strings: timestamps have no escapes to undo.
    auto parsed = try_parse_iso8601(read_string_view(v));
    if (!parsed) fail("expected an ISO 8601 timestamp string");
    out = *parsed;
}

void Codec<Timestamp>::write(JsonWriter& w, Timestamp in) {
    w.string(format_iso8601(in));
}

void Codec<Permissions>::read(Value& v, Permissions& out) {
    const std::string_view text = unwrap(v.get_string(), "a permission integer string");
    std::uint64_t value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end)
        fail("expected a permission integer string");
    out = Permissions{value};
}

void Codec<Permissions>::write(JsonWriter& w, Permissions permissions) {
    const std::uint64_t in = permissions.value();
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, in);
    w.string(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
}

void RawJson::read(Value& v, std::string& out) {
    using simdjson::ondemand::json_type;
    const json_type type = unwrap(v.type(), "a JSON value");
    std::string_view text;
    if (type == json_type::object) {
        text = unwrap(unwrap(v.get_object(), "an object").raw_json(), "an object");
    } else if (type == json_type::array) {
        text = unwrap(unwrap(v.get_array(), "an array").raw_json(), "an array");
    } else {
        // Scalars are validated by reading them before their text is kept.
        if (type == json_type::string) (void)read_string_view(v);
        if (type == json_type::number) (void)read_double(v);
        if (type == json_type::boolean) (void)read_bool(v);
        if (type == json_type::null) (void)is_null(v);
        text = v.raw_json_token();
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' ||
                             text.back() == '\t')) {
        text.remove_suffix(1);
    }
    out = text;
}

void RawJson::write(JsonWriter& w, const std::string& in) {
    w.raw(in);
}

}  // namespace hikari::json
