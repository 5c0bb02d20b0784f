#pragma once
// OAuth2 grants the sandbox issued (the world's "oauth2_grants" store): an access token for a
// user with scopes and an expiry. Routes marked `bearer` take "Authorization: Bearer <token>"
// of a live grant besides (or, with bot_token off, instead of) the bot token.

#include "sandbox/http/call.hpp"
#include "sandbox/state/world.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstdint>

#include <string_view>

namespace hikari::sandbox {

/// Issues a grant for `user` and answers it as an OAuth2 token response (access_token,
/// token_type, expires_in, scope).
boost::json::object issue_grant(World& world, Snowflake user, const boost::json::array& scopes,
                                std::int64_t lifetime_seconds);
/// The live grant of an Authorization header value ("Bearer <token>"); nullptr otherwise.
[[nodiscard]] const boost::json::object* find_grant(World& world, std::string_view authorization);
/// The grant the call was made with; nullptr when it used the bot token.
[[nodiscard]] const boost::json::object* call_grant(Call& call);
/// 401 unless a Bearer call's grant holds `scope`; calls with the bot token pass.
void require_scope(Call& call, std::string_view scope);
/// The user a call acts for: its grant's user, or the bot's.
[[nodiscard]] Snowflake acting_user(Call& call);

}  // namespace hikari::sandbox
