#pragma once
// Reading models from Discord's JSON and writing them back.
//
//   hikari::User user = hikari::from_json<hikari::User>(text);
//   std::string text = hikari::to_json(user);
//
// Reading throws hikari::JsonError (a ParseError) naming the path of the bad
// value. Unknown fields are skipped; fields the model does not set are not written.

#include <hikari/model/json_error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace hikari {

/// Bytes that must be readable after the end of the text given to from_padded_json.
inline constexpr std::size_t json_padding = 64;

/// Parses `json` as a T. The text is copied into a reused per-thread padded buffer.
/// Defined for every model type of hikari/model (User, Member, Guild, Message, ...).
template <class T>
T from_json(std::string_view json);

/// As from_json, without the copy: json.data() must stay readable for
/// json.size() + json_padding bytes (the content of the padding does not matter).
template <class T>
T from_padded_json(std::string_view json);

/// As from_padded_json, into `out`, which must be freshly default-constructed: a model that
/// lives inside something else (an event) is read where it lives instead of being moved there.
/// On an exception `out` holds what was read before it.
template <class T>
void from_padded_json_into(std::string_view json, T& out);

/// Compact JSON with only the fields `value` sets.
template <class T>
std::string to_json(const T& value);

/// The readers and writers above as an object: what GatewayBot::entity_factory() hands out,
/// for code that wants to be given a factory rather than call free functions. Stateless.
class EntityFactory {
  public:
    template <class T>
    [[nodiscard]] T deserialize(std::string_view json) const {
        return from_json<T>(json);
    }
    template <class T>
    [[nodiscard]] std::string serialize(const T& value) const {
        return to_json(value);
    }
};

// Named shorthands for the most used models (include the model's header to use the result).
struct User;
struct Member;
struct Role;
struct Guild;
struct Channel;
struct Message;
struct Interaction;
User parse_user(std::string_view json);
Member parse_member(std::string_view json);
Role parse_role(std::string_view json);
Guild parse_guild(std::string_view json);
Channel parse_channel(std::string_view json);
Message parse_message(std::string_view json);
Interaction parse_interaction(std::string_view json);

}  // namespace hikari
