#include "sandbox/http/oauth2_grants.hpp"

#include "sandbox/http/api_error.hpp"

#include <boost/json/array.hpp>

#include <chrono>

namespace hikari::sandbox {

namespace json = boost::json;

json::object issue_grant(World& world, Snowflake user, const json::array& scopes,
                         std::int64_t lifetime_seconds) {
    const Snowflake id = world.next_id();
    const std::int64_t expires_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count() +
                                    lifetime_seconds * 1000;
    std::string scope_text;
    for (const auto& s : scopes) {
        if (!scope_text.empty()) scope_text += ' ';
        scope_text += s.as_string();
    }
    const std::string token = "sbx-bearer-" + id.to_string();
    world.entities("oauth2_grants")[id] = json::object{
        {"access_token", token},
        {"user_id", user.to_string()},
        {"scopes", scopes},
        {"expires_ms", expires_ms},
        {"expires",
         World::iso_timestamp(Snowflake::TimePoint(std::chrono::milliseconds(expires_ms)))}};
    return json::object{{"access_token", token},
                        {"token_type", "Bearer"},
                        {"expires_in", lifetime_seconds},
                        {"scope", scope_text}};
}

const json::object* find_grant(World& world, std::string_view authorization) {
    constexpr std::string_view prefix = "Bearer ";
    if (!authorization.starts_with(prefix)) return nullptr;
    const std::string_view token = authorization.substr(prefix.size());
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    for (const auto& [id, grant] : world.entities("oauth2_grants")) {
        if (grant.at("access_token").as_string() != token) continue;
        return grant.at("expires_ms").to_number<std::int64_t>() > now ? &grant : nullptr;
    }
    return nullptr;
}

const json::object* call_grant(Call& call) {
    const std::string* auth = call.request().header("authorization");
    return auth ? find_grant(call.world(), *auth) : nullptr;
}

void require_scope(Call& call, std::string_view scope) {
    const json::object* grant = call_grant(call);
    if (!grant) return;
    for (const auto& s : grant->at("scopes").as_array()) {
        if (s.as_string() == scope) return;
    }
    throw api_errors::unauthorized();  // Discord answers a missing scope with 401
}

Snowflake acting_user(Call& call) {
    const json::object* grant = call_grant(call);
    return grant ? Snowflake::parse(grant->at("user_id").as_string()) : call.world().bot_id();
}

}  // namespace hikari::sandbox
