#include "model/json/reader.hpp"

namespace hikari::json {

void fail(std::string reason) {
    throw JsonError({}, std::move(reason));
}

void fail_simdjson(simdjson::error_code error, std::string_view expected) {
    switch (error) {
        case simdjson::INCORRECT_TYPE:
        case simdjson::NUMBER_ERROR:
        case simdjson::T_ATOM_ERROR:
        case simdjson::F_ATOM_ERROR:
        case simdjson::N_ATOM_ERROR:
            fail("expected " + std::string(expected));
        case simdjson::NUMBER_OUT_OF_RANGE:
            fail("number out of range (expected " + std::string(expected) + ")");
        case simdjson::UTF8_ERROR:
            fail("invalid UTF-8");
        case simdjson::STRING_ERROR:
            fail("malformed string");
        case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        case simdjson::UNCLOSED_STRING:
        case simdjson::EMPTY:
            fail("truncated JSON");
        default:
            fail("malformed JSON (" + std::string(simdjson::error_message(error)) + ")");
    }
}

}  // namespace hikari::json
