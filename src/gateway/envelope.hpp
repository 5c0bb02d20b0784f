#pragma once
// Reads a gateway payload's envelope (op, s, t) and locates its `d` without reading it.
//
// The payload is indexed once, by simdjson's stage 1 through the model layer's reader, and
// that index is offered for `d` (json::offer_index): the event factory reads `d` right after,
// so a dispatch's model is built from the same index instead of a second pass over its text.

#include "model/json/reader.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

namespace hikari::gateway {

struct Envelope {
    int op = -1;
    std::optional<std::uint64_t> sequence;
    std::string_view event_name;  ///< empty unless op 0; points into the payload text
    std::string_view data;        ///< the `d` object's text when `d` is an object, else empty
};

/// Reads the envelope of `payload` (followed by json_padding readable bytes). Throws
/// hikari::JsonError on malformed JSON. `d` is located by its brackets only; its content is
/// checked when it is read.
inline Envelope read_envelope(std::string_view payload) {
    json::Value root = json::index_document(payload.data(), payload.size());
    Envelope env;
    json::for_each_field(root, [&](std::string_view key, json::Value& value) {
        if (key == "op") {
            env.op = json::read_integer<int>(value);
        } else if (key == "s") {
            if (!json::is_null(value)) env.sequence = json::read_integer<std::uint64_t>(value);
        } else if (key == "t") {
            if (json::is_null(value)) return;
            const char* start = value.start();
            if (*start != '"') json::fail("expected a string");
            // Raw text, not the unescape buffer that later reads reuse: event names are
            // upper-case ASCII, so there is nothing to unescape.
            const char* content = start + 1;
            env.event_name = std::string_view(
                content, static_cast<std::size_t>(json::quote_or_backslash(content) - content));
            value.advance();
        } else if (key == "d" && *value.start() == '{') {
            const auto* first = value.position();
            value.skip_brackets();
            const auto* end = value.position();
            env.data = std::string_view(
                value.text_at(first),
                static_cast<std::size_t>(value.text_at(end - 1) + 1 - value.text_at(first)));
            json::offer_index(env.data, value.over(first, end));
        }
        // Anything else (d when it is not an object included) is skipped.
    });
    if (!root.at_end()) json::fail("unexpected content after the JSON value");
    return env;
}

}  // namespace hikari::gateway
