#pragma once
// Reads a gateway payload's envelope (op, s, t) without touching its `d` object.

#include <cstdint>
#include <optional>
#include <string_view>

#include <simdjson.h>

namespace hikari::gateway {

struct Envelope {
    int op = -1;
    std::optional<std::uint64_t> sequence;
    std::string_view event_name;  ///< empty unless op 0; points into the payload text
    std::string_view data;        ///< the `d` object's text when `d` is an object, else empty
};

/// Parses `payload` (followed by SIMDJSON_PADDING readable bytes) into `doc`, leaving `doc`
/// rewound so the caller can read `d` when it needs to. Throws simdjson_error on bad JSON.
/// `d` is not parsed, only located.
inline Envelope read_envelope(simdjson::ondemand::parser& parser, simdjson::ondemand::document& doc,
                              std::string_view payload) {
    doc =
        parser.iterate(payload.data(), payload.size(), payload.size() + simdjson::SIMDJSON_PADDING);
    Envelope env;
    for (auto field : doc.get_object()) {
        auto key = field.key().value();
        if (key == "op") {
            env.op = static_cast<int>(field.value().get_int64().value());
        } else if (key == "s") {
            auto v = field.value();
            if (!v.is_null().value()) env.sequence = v.get_uint64().value();
        } else if (key == "t") {
            auto v = field.value();
            // A view of the raw text, not the parser's unescape buffer: that buffer is reused
            // by every later string read (and reset by rewind), the payload is not. Event
            // names are upper-case ASCII, so there are no escapes to undo.
            if (!v.is_null().value()) {
                const char* start = v.get_raw_json_string().value().raw();
                const char* end = start;
                while (*end != '"' && *end != '\\') ++end;
                env.event_name = std::string_view(start, static_cast<std::size_t>(end - start));
            }
        } else if (key == "d") {
            // Iterating on walks over `d` anyway; taking its span costs nothing more, and
            // spares the event factory another pass over the payload to find it.
            auto v = field.value();
            simdjson::ondemand::json_type type{};
            if (v.type().get(type) == simdjson::SUCCESS &&
                type == simdjson::ondemand::json_type::object) {
                simdjson::ondemand::object object;
                std::string_view raw;
                if (v.get_object().get(object) == simdjson::SUCCESS &&
                    object.raw_json().get(raw) == simdjson::SUCCESS) {
                    // simdjson's span runs on to the next token; the object ends at its '}'.
                    while (!raw.empty() && raw.back() != '}') raw.remove_suffix(1);
                    env.data = raw;
                }
            }
        }
        // Anything else: skipped by the iteration, never parsed here.
    }
    doc.rewind();
    return env;
}

}  // namespace hikari::gateway
