#include "model/json/reader.hpp"

#include <algorithm>
#include <bitset>
#include <charconv>
#include <memory>
#include <optional>
#include <utility>

namespace hikari::json {

void fail(std::string reason) {
    throw JsonError({}, std::move(reason));
}

void fail_truncated() {
    fail("truncated JSON");
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

void fail_integer(std::string_view token, std::string_view expected) {
    std::string_view digits = token;
    if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
    const bool integer_literal =
        !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
    if (integer_literal && (digits.front() != '0' || digits.size() == 1)) {
        // A well-formed integer literal that failed to read can only be too large (or, for
        // an unsigned target, negative).
        if (token.front() == '-' && expected == "a non-negative integer") {
            fail("expected " + std::string(expected));
        }
        fail("integer out of range");
    }
    fail("expected " + std::string(expected));
}

namespace {

/// Whether `token` is a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view token) noexcept {
    std::size_t i = 0;
    const std::size_t n = token.size();
    auto digits = [&] {
        const std::size_t from = i;
        while (i < n && token[i] >= '0' && token[i] <= '9') ++i;
        return i - from;
    };
    if (i < n && token[i] == '-') ++i;
    if (i < n && token[i] == '0') {
        ++i;
    } else if (digits() == 0) {
        return false;
    }
    if (i < n && token[i] == '.') {
        ++i;
        if (digits() == 0) return false;
    }
    if (i < n && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < n && (token[i] == '+' || token[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == n;
}

}  // namespace

double read_double(Value& v) {
    const std::string_view token = v.token();
    if (!is_json_number(token)) fail("expected a number");
    double value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error == std::errc::result_out_of_range) fail("number out of range (expected a number)");
    if (error != std::errc{} || end != token.data() + token.size()) fail("expected a number");
    v.advance();
    return value;
}

void Value::skip() {
    // Checked as it is passed: brackets match and values, keys, colons and commas come in the
    // order JSON's grammar wants, so a malformed unknown field is an error, not a silent
    // mis-read of what follows. Its scalars are not read.
    const char first = *start();
    if (first != '{' && first != '[') {  // a scalar (most unknown fields): one token
        if (first == ',' || first == ':' || first == '}' || first == ']') {
            fail("malformed JSON (expected a value)");
        }
        advance();
        return;
    }
    enum class Expect : std::uint8_t { value, key, colon, next };
    // Unknown values may nest deeper than any model (simdjson's own limit, 1024, applies).
    constexpr std::size_t max_depth = 1024;
    std::bitset<max_depth> objects;  // bit d set: nesting level d is an object
    std::size_t depth = 0;
    Expect expect = Expect::value;
    auto open = [&](bool object) {
        if (depth == max_depth) fail("objects nested too deeply");
        objects[depth++] = object;
        if (peek() == (object ? '}' : ']')) {  // empty
            advance();
            --depth;
            return Expect::next;
        }
        return object ? Expect::key : Expect::value;
    };
    while (expect != Expect::next || depth != 0) {
        const char c = *start();
        advance();
        const bool in_object = depth != 0 && objects[depth - 1];
        switch (expect) {
            case Expect::value:
                if (c == '{' || c == '[') {
                    expect = open(c == '{');
                } else if (c == ',' || c == ':' || c == '}' || c == ']') {
                    fail("malformed JSON (expected a value)");
                } else {
                    expect = Expect::next;
                }
                break;
            case Expect::key:
                if (c != '"') fail("malformed JSON (expected an object key)");
                expect = Expect::colon;
                break;
            case Expect::colon:
                if (c != ':') fail("malformed JSON (expected ':')");
                expect = Expect::value;
                break;
            case Expect::next:
                if (c == ',') {
                    expect = in_object ? Expect::key : Expect::value;
                } else if (depth != 0 && c == (in_object ? '}' : ']')) {
                    --depth;
                } else {
                    fail(in_object ? "malformed JSON (expected ',' or '}')"
                                   : "malformed JSON (expected ',' or ']')");
                }
                break;
        }
    }
}

namespace {

/// simdjson's stage 1 for this thread, and its string unescaper (the same one its own
/// parsers use, so escapes are read exactly as before).
struct Offer {
    const char* text = nullptr;
    std::size_t size = 0;
    std::optional<Value> value;
    std::uint64_t generation = 0;
};

struct Indexer {
    std::unique_ptr<simdjson::internal::dom_parser_implementation> parser;
    std::size_t capacity = 0;
    std::string unescaped;
    std::uint64_t generation = 0;  ///< documents indexed so far: an offer is for one of them
    Offer offer;
};

Indexer& indexer() {
    thread_local Indexer state;
    return state;
}

Indexer& indexer_for(std::size_t size) {
    Indexer& state = indexer();
    if (state.parser && state.capacity >= size) return state;
    const std::size_t capacity = std::max<std::size_t>(size, 4096);
    simdjson::error_code error = simdjson::SUCCESS;
    if (!state.parser) {
        error = simdjson::get_active_implementation()->create_dom_parser_implementation(
            capacity, simdjson::DEFAULT_MAX_DEPTH, state.parser);
    } else {
        error = state.parser->set_capacity(capacity);
    }
    if (error != simdjson::SUCCESS) fail_simdjson(error, "a JSON document");
    state.capacity = capacity;
    return state;
}

}  // namespace

std::string_view unescape(const char* content) {
    Indexer& state = indexer_for(0);
    // The raw text runs to the closing quote: the first quote with an even run of backslashes
    // before it (stage 1 checked that one exists).
    const char* close = content;
    for (;;) {
        close = quote_or_backslash(close);
        if (*close == '"') break;
        close += 2;  // a backslash and the character it escapes
    }
    const auto raw_size = static_cast<std::size_t>(close - content);
    // Unescaping never lengthens a string; the unescaper writes in blocks past the end.
    if (state.unescaped.size() < raw_size + simdjson::SIMDJSON_PADDING) {
        state.unescaped.resize(raw_size + simdjson::SIMDJSON_PADDING);
    }
    auto* out = reinterpret_cast<std::uint8_t*>(state.unescaped.data());
    const std::uint8_t* end =
        state.parser->parse_string(reinterpret_cast<const std::uint8_t*>(content), out);
    if (end == nullptr) fail("malformed string");
    return {state.unescaped.data(), static_cast<std::size_t>(end - out)};
}

Value index_document(const char* text, std::size_t size) {
    if (size == 0) fail("truncated JSON");
    Indexer& state = indexer_for(size);
    const auto error = state.parser->stage1(reinterpret_cast<const std::uint8_t*>(text), size,
                                            simdjson::stage1_mode::regular);
    if (error != simdjson::SUCCESS) fail_simdjson(error, "a JSON document");
    ++state.generation;
    const std::uint32_t* first = state.parser->structural_indexes.get();
    return {text, size, first, first + state.parser->n_structural_indexes};
}

void offer_index(std::string_view text, const Value& value) noexcept {
    Indexer& state = indexer();
    state.offer = {text.data(), text.size(), value, state.generation};
}

std::optional<Value> take_offered_index(std::string_view text) noexcept {
    Indexer& state = indexer();
    Offer offer = std::exchange(state.offer, Offer{});
    if (!offer.value || offer.generation != state.generation || offer.text != text.data() ||
        offer.size != text.size()) {
        return std::nullopt;
    }
    return offer.value;
}

void withdraw_offered_index() noexcept {
    indexer().offer = {};
}

void Value::skip_brackets() {
    const char first = *start();
    advance();
    if (first != '{' && first != '[') return;
    std::size_t depth = 1;
    while (depth != 0) {
        const char c = *start();
        depth += (c == '{' || c == '[') ? 1 : 0;
        depth -= (c == '}' || c == ']') ? 1 : 0;
        advance();
    }
}

}  // namespace hikari::json
