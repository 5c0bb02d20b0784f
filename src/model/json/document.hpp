#pragma once
// The top-level parse and serialise steps behind hikari::from_json / to_json.

#include "model/json/codec.hpp"

#include <hikari/model/entity_factory.hpp>

#include <cstring>

namespace hikari::json {

static_assert(json_padding >= simdjson::SIMDJSON_PADDING);

/// Reads a whole document into T; `capacity` bytes from json.data() must be readable.
template <class T>
T read_document(std::string_view json, std::size_t capacity) {
    // One parser per thread: it keeps its buffers between documents.
    thread_local simdjson::ondemand::parser parser;
    auto document = unwrap(parser.iterate(json.data(), json.size(), capacity), "a JSON document");
    // simdjson refuses to hand out scalar documents as values; every model is an object.
    const auto type = unwrap(document.type(), "a JSON value");
    if (type != simdjson::ondemand::json_type::object &&
        type != simdjson::ondemand::json_type::array) {
        fail("expected an object");
    }
    T out{};
    Value root = unwrap(document.get_value(), "a JSON value");
    read_value<DefaultCodec>(root, out);
    // current_location() fails exactly when the whole input has been consumed.
    if (document.current_location().error() == simdjson::SUCCESS) {
        fail("unexpected content after the JSON value");
    }
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
std::string hikari::to_json(const T& value) {
    return hikari::json::write_document(value);
}

/// Instantiates from_json<T>, from_padded_json<T> and to_json<T> for one model type.
#define HIKARI_MODEL_JSON(T)                                  \
    template T hikari::from_json<T>(std::string_view);        \
    template T hikari::from_padded_json<T>(std::string_view); \
    template std::string hikari::to_json<T>(const T&)
