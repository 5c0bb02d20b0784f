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
    std::string_view event_name;  ///< empty unless op 0; valid until the parser parses again
};

/// Parses `payload` (followed by SIMDJSON_PADDING readable bytes) into `doc`, leaving `doc`
/// rewound so the caller can read `d` when it needs to. Throws simdjson_error on bad JSON.
inline Envelope read_envelope(simdjson::ondemand::parser& parser,
                              simdjson::ondemand::document& doc, std::string_view payload) {
    doc = parser.iterate(payload.data(), payload.size(), payload.size() + simdjson::SIMDJSON_PADDING);
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
            if (!v.is_null().value()) env.event_name = v.get_string().value();
        }
        // "d" and anything else: skipped by the iteration, never parsed here.
    }
    doc.rewind();
    return env;
}

}  // namespace hikari::gateway
