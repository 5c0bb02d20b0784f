#pragma once
// Writing request bodies: fields that are undefined are left out, none becomes null.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include "rest/http/http_message.hpp"

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>
#include <hikari/model/json_writer.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace hikari::rest {

template <class T, class Write>
void put(JsonWriter& w, std::string_view key, const UndefinedOr<T>& value, Write write) {
    if (value.is_undefined()) return;
    w.key(key);
    write(w, *value);
}

template <class T, class Write>
void put(JsonWriter& w, std::string_view key, const UndefinedNoneOr<T>& value, Write write) {
    if (value.is_undefined()) return;
    w.key(key);
    if (value.is_none()) {
        w.null();
    } else {
        write(w, *value);
    }
}

inline void write_string(JsonWriter& w, const std::string& s) {
    w.string(s);
}
inline void write_bool(JsonWriter& w, bool b) {
    w.boolean(b);
}
inline void write_id(JsonWriter& w, Snowflake id) {
    w.string(id.to_string());
}
inline void write_ids(JsonWriter& w, const std::vector<Snowflake>& ids) {
    w.begin_array();
    for (const auto id : ids) w.string(id.to_string());
    w.end_array();
}
template <class I>
void write_int(JsonWriter& w, I value) {
    w.number(static_cast<std::int64_t>(value));
}
template <class E>
void write_enum(JsonWriter& w, E value) {
    w.number(static_cast<std::int64_t>(value));
}

/// A JSON request body.
inline http::Body json_body(JsonWriter&& writer) {
    return http::Body::of("application/json", std::move(writer).str());
}

}  // namespace hikari::rest

namespace hikari {
struct PermissionOverwrite;
}

namespace hikari::rest {
/// [{"id","type","allow","deny"}...]
void write_overwrites(JsonWriter& w, const std::vector<PermissionOverwrite>& overwrites);
}  // namespace hikari::rest
