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

void fail_integer(Value& v, simdjson::error_code error, std::string_view expected) {
    std::string_view token = v.raw_json_token();
    while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' ||
                              token.back() == '\t' || token.back() == ',' || token.back() == '}' ||
                              token.back() == ']')) {
        token.remove_suffix(1);
    }
    std::string_view digits = token;
    if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
    const bool integer_literal =
        !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
    if (integer_literal && (digits.front() != '0' || digits.size() == 1)) {
        // A well-formed integer literal that failed to read can only be too large (or,
        // for an unsigned target, negative).
        if (token.front() == '-' && expected == "a non-negative integer") {
            fail("expected " + std::string(expected));
        }
        fail("integer out of range");
    }
    fail_simdjson(error, expected);
}

}  // namespace hikari::json
