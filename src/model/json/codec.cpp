#include "model/json/codec.hpp"

#include "core/discord_timestamp.hpp"

#include <charconv>

namespace hikari::json {

void fail_missing(std::string_view name) {
    throw JsonError(std::string(name), "missing required field");
}

void Codec<Snowflake>::write(JsonWriter& w, Snowflake in) {
    w.string(in.to_string());
}

void Codec<Timestamp>::read(Value& v, Timestamp& out) {
    if (*v.start() != '"') fail("expected an ISO 8601 timestamp string");
    const std::string_view text = read_string_view(v);
    if (time_detail::parse_discord_form(text, out)) return;
    auto parsed = try_parse_iso8601(text);
    if (!parsed) fail("expected an ISO 8601 timestamp string");
    out = *parsed;
}

void Codec<Timestamp>::write(JsonWriter& w, Timestamp in) {
    w.string(format_iso8601(in));
}

void Codec<Permissions>::read(Value& v, Permissions& out) {
    if (*v.start() != '"') fail("expected a permission integer string");
    const std::string_view text = read_string_view(v);
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
    const char first = *v.start();
    if (first == '{' || first == '[') {
        // From the opening bracket to the closing one, the last structural passed.
        const char* begin = v.start();
        v.skip();
        out.assign(begin, v.text_at(v.position() - 1) + 1);
        return;
    }
    // Scalars are validated by reading them before their text is kept.
    const std::string_view text = v.token();
    if (first == '"') {
        (void)read_string_view(v);
    } else if (first == 't' || first == 'f') {
        (void)read_bool(v);
    } else if (first == 'n') {
        if (!is_null(v)) fail("expected a JSON value");
    } else {
        (void)read_double(v);
    }
    out = text;
}

void RawJson::write(JsonWriter& w, const std::string& in) {
    w.raw(in);
}

}  // namespace hikari::json
