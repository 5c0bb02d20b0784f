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

void Codec<ModelTime>::read(Value& v, ModelTime& out) {
    auto parsed = parse_iso8601(unwrap(v.get_string(), "an ISO 8601 timestamp string"));
    if (!parsed) fail("expected an ISO 8601 timestamp string");
    out = *parsed;
}

void Codec<ModelTime>::write(JsonWriter& w, ModelTime in) {
    w.string(format_iso8601(in));
}

void U64String::read(Value& v, std::uint64_t& out) {
    const std::string_view text = unwrap(v.get_string(), "an integer string");
    std::uint64_t value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end) fail("expected an integer string");
    out = value;
}

void U64String::write(JsonWriter& w, std::uint64_t in) {
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
