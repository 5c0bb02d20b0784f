#include "payload_shape.hpp"

#include <simdjson.h>

namespace hikari::inspect {

namespace {

bool is_gateway_payload(std::string_view text) {
    simdjson::ondemand::parser parser;
    simdjson::padded_string padded(text);
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc) != simdjson::SUCCESS) return false;
    simdjson::ondemand::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS) return false;
    bool op = false;
    bool d = false;
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS) return false;
        op = op || key == "op";
        d = d || key == "d";
    }
    // Malformed text is not a payload: wrapped, it fails in the event's reader with a path.
    return op && d;
}

}  // namespace

std::string as_gateway_payload(std::string_view name, std::string_view text) {
    if (is_gateway_payload(text)) return std::string(text);
    std::string payload = R"({"op":0,"s":0,"t":")";
    payload += name;
    payload += R"(","d":)";
    payload += text;
    payload += '}';
    return payload;
}

}  // namespace hikari::inspect
