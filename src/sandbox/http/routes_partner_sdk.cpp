// The Social SDK's provisional accounts and DM moderation (/partner-sdk/...). A provisional
// account is a Discord user an application makes for a player of its game, keyed by the
// game's own user id (the world's "provisional_accounts" store: external id -> user). The
// sandbox cannot ask Steam, Epic or an OIDC provider who a player is, so with
// POST /partner-sdk/token it trusts the external_auth_token as the player's external id; with
// the bot token (/token/bot) the bot names the player. Either way the answer is a Bearer
// grant for the account (sdk.social_layer, openid). Unmerging answers 204 for a known player.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/moderation_metadata.hpp"
#include "sandbox/http/oauth2_grants.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/state/entities.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::int64_t provisional_lifetime = 3600;
constexpr std::array<std::string_view, 8> auth_types{
    "OIDC",
    "EPIC_ONLINE_SERVICES_ACCESS_TOKEN",
    "EPIC_ONLINE_SERVICES_ID_TOKEN",
    "STEAM_SESSION_TICKET",
    "UNITY_SERVICES_ID_TOKEN",
    "DISCORD_BOT_ISSUED_ACCESS_TOKEN",
    "APPLE_ID_TOKEN",
    "PLAYSTATION_NETWORK_ID_TOKEN",
};

/// The account of an external user id, or nullptr.
json::object* find_account(World& world, std::string_view external_id) {
    for (auto& [id, account] : world.entities("provisional_accounts")) {
        if (account.at("external_user_id").as_string() == external_id) return &account;
    }
    return nullptr;
}

/// The player's account, made on first sight with the preferred global name.
json::object& account_for(World& world, const std::string& external_id,
                          const std::optional<std::string>& global_name) {
    if (auto* found = find_account(world, external_id)) return *found;
    const Snowflake id = world.next_id();
    json::object user = entities::user(id, "provisional_" + id.to_string().substr(12), false);
    user["global_name"] = global_name ? json::value(*global_name) : json::value(nullptr);
    world.add_user(user);
    return world.entities("provisional_accounts")[id] =
               json::object{{"external_user_id", external_id}, {"user_id", id.to_string()}};
}

json::object token_response(World& world, const json::object& account) {
    const Snowflake user = Snowflake::parse(account.at("user_id").as_string());
    json::object out =
        issue_grant(world, user, json::array{"sdk.social_layer", "openid"}, provisional_lifetime);
    // A stand-in id token: header.claims.signature, unsigned (the sandbox's keys sign nothing).
    out["id_token"] = "sbx.idtoken." + user.to_string();
    out["refresh_token"] = nullptr;
    out["scopes"] = json::array{"sdk.social_layer", "openid"};
    return out;
}

/// client_id, client_secret?, external_auth_token, external_auth_type: the player's external
/// id (the token itself, see above).
std::string external_identity(Call& call) {
    const auto& body = call.body();
    FormErrors errors;
    const auto client = errors.snowflake(body, "client_id", true);
    errors.string(body, "client_secret", 0, 1024, false);
    const auto token = errors.string(body, "external_auth_token", 1, 10240, true);
    const auto type = errors.string(body, "external_auth_type", 1, 64, true);
    if (type && std::find(auth_types.begin(), auth_types.end(), *type) == auth_types.end()) {
        errors.add("external_auth_type", "BASE_TYPE_CHOICES", "Value is not a known provider.");
    }
    errors.raise_if_any();
    if (*client != call.world().application_id()) {
        throw ApiError(404, 10002, "Unknown Application");
    }
    return *token;
}

Response moderate_dm_message(Call& call) {
    World& world = call.world();
    const Snowflake a = call.id("user_id_1");
    const Snowflake b = call.id("user_id_2");
    // The sandbox's DMs are the bot's: one of the two must be the bot.
    const Snowflake other = a == world.bot_id() ? b : a;
    if (a != world.bot_id() && b != world.bot_id()) throw api_errors::unknown_channel();
    const auto channel = world.dm_channel(other);
    if (!channel) throw api_errors::unknown_channel();
    json::object* message = world.message(*channel, call.id("message_id"));
    if (!message) throw api_errors::unknown_message();
    const auto& body = call.body();
    check_moderation_metadata(body);
    (*message)["moderation_metadata"] = body;
    return Response::no_content();
}

}  // namespace

void add_partner_sdk_routes(Router& router) {
    // Without authorization (the game client calls it) or with the bot token.
    Route& token = router.add("POST", "/partner-sdk/token", "", [](Call& call) {
        World& world = call.world();
        const std::string player = external_identity(call);
        return Response::json(200, token_response(world, account_for(world, player, {})));
    });
    token.authenticated = false;
    router.add("POST", "/partner-sdk/token/bot", "", [](Call& call) {
        World& world = call.world();
        const auto& body = call.body();
        FormErrors errors;
        const auto player = errors.string(body, "external_user_id", 1, 1024, true);
        const auto name = errors.string(body, "preferred_global_name", 1, 32, false);
        const auto provisional = errors.snowflake(body, "provisional_user_id", false);
        errors.raise_if_any();
        json::object& account = account_for(world, *player, name);
        if (provisional && account.at("user_id").as_string() != provisional->to_string()) {
            raise_field_error("provisional_user_id", "PROVISIONAL_ACCOUNT_MISMATCH",
                              "The provisional user belongs to another external user.");
        }
        return Response::json(200, token_response(world, account));
    });
    Route& unmerge =
        router.add("POST", "/partner-sdk/provisional-accounts/unmerge", "", [](Call& call) {
            if (!find_account(call.world(), external_identity(call))) {
                throw api_errors::unknown_user();
            }
            return Response::no_content();
        });
    unmerge.authenticated = false;
    router.add("POST", "/partner-sdk/provisional-accounts/unmerge/bot", "", [](Call& call) {
        FormErrors errors;
        const auto player = errors.string(call.body(), "external_user_id", 1, 1024, true);
        errors.raise_if_any();
        if (!find_account(call.world(), *player)) throw api_errors::unknown_user();
        return Response::no_content();
    });
    router.add("PUT",
               "/partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message_id}/moderation-metadata",
               "", moderate_dm_message);
}

}  // namespace hikari::sandbox
