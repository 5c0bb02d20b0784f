#pragma once
// The top-level parse and serialise steps behind hikari::from_json / to_json.

#include "model/json/codec.hpp"

#include <hikari/model/entity_factory.hpp>

#include <cstring>

namespace hikari::json {

static_assert(json_padding >= simdjson::SIMDJSON_PADDING);

/// Reads a whole document into `out` (default-constructed); `capacity` bytes from
/// json.data() must be readable.
template <class T>
void read_document_into(std::string_view json, std::size_t capacity, T& out) {
    if (capacity < json.size() + simdjson::SIMDJSON_PADDING) fail("insufficient padding");
    std::optional<Value> offered = take_offered_index(json);
    Value root = offered ? *offered : index_document(json.data(), json.size());
    // Every model is an object (or, for lists, an array).
    if (const char first = *root.start(); first != '{' && first != '[') fail("expected an object");
    read_value<DefaultCodec>(root, out);
    if (!root.at_end()) fail("unexpected content after the JSON value");
}

/// Reads a whole document into a T; `capacity` bytes from json.data() must be readable.
template <class T>
T read_document(std::string_view json, std::size_t capacity) {
    T out{};
    read_document_into(json, capacity, out);
    return out;
}

template <class T>
T read_unpadded(std::string_view json) {
    // A reused per-thread buffer: after warm-up, no allocation per document.
    thread_local std::string buffer;
    if (buffer.size() < json.size() + json_padding) buffer.resize(json.size() + json_padding);
    std::memcpy(buffer.data(), json.data(), json.size());
    std::memset(buffer.data() + json.size(), 0, json_padding);
    return read_document<T>(std::string_view(buffer.data(), json.size()), buffer.size());
}

template <class T>
std::string write_document(const T& value) {
    JsonWriter writer(256);
    write_value<DefaultCodec>(writer, value);
    return std::move(writer).str();
}

}  // namespace hikari::json

template <class T>
T hikari::from_json(std::string_view json) {
    return hikari::json::read_unpadded<T>(json);
}

template <class T>
T hikari::from_padded_json(std::string_view json) {
    return hikari::json::read_document<T>(json, json.size() + json_padding);
}

template <class T>
void hikari::from_padded_json_into(std::string_view json, T& out) {
    hikari::json::read_document_into(json, json.size() + json_padding, out);
}

template <class T>
std::string hikari::to_json(const T& value) {
    return hikari::json::write_document(value);
}

/// Instantiates from_json<T>, from_padded_json<T>, from_padded_json_into<T> and to_json<T>
/// for one model type.
// `T&` is a type; it cannot take the parentheses bugprone-macro-parentheses asks for.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define HIKARI_MODEL_JSON(T)                                              \
    template T hikari::from_json<T>(std::string_view);                    \
    template T hikari::from_padded_json<T>(std::string_view);             \
    template void hikari::from_padded_json_into<T>(std::string_view, T&); \
    template std::string hikari::to_json<T>(const T&)
// NOLINTEND(bugprone-macro-parentheses)
