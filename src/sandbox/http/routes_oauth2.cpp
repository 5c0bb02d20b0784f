// What an OAuth2 Bearer token asks about itself: GET /oauth2/@me (the authorization),
// /oauth2/userinfo (OpenID Connect claims, openid scope), /oauth2/keys (public, the JWKs that
// would sign id tokens), /users/@me/connections (connections scope) and the user's
// entitlements (GET /users/@me/applications/{id}/entitlements, Bearer only). Users authorize
// apps in their browser, so the control API issues grants (POST /_sandbox/oauth2/tokens
// {user_id, scopes, expires_in?}) and links accounts (POST /_sandbox/connections).

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/oauth2_grants.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

bool has_scope(const json::object* grant, std::string_view scope) {
    if (!grant) return false;
    const auto& scopes = grant->at("scopes").as_array();
    return std::any_of(scopes.begin(), scopes.end(),
                       [&](const json::value& s) { return s.as_string() == scope; });
}

/// The application as /oauth2/@me shows it: a partial object.
json::object partial_application(const World& world) {
    json::object out;
    for (const char* key : {"id", "name", "icon", "description", "bot_public",
                            "bot_require_code_grant", "verify_key", "flags"}) {
        if (const auto* v = world.application().if_contains(key)) out[key] = *v;
    }
    return out;
}

Response authorization(Call& call) {
    const json::object& grant = *call_grant(call);  // the route takes Bearer tokens only
    World& world = call.world();
    json::object out{{"application", partial_application(world)},
                     {"scopes", grant.at("scopes")},
                     {"expires", grant.at("expires")}};
    if (has_scope(&grant, "identify")) {
        if (const auto* user = world.user(Snowflake::parse(grant.at("user_id").as_string()))) {
            out["user"] = *user;
        }
    }
    return Response::json(200, out);
}

Response userinfo(Call& call) {
    require_scope(call, "openid");
    World& world = call.world();
    const Snowflake id = acting_user(call);
    const auto* user = world.user(id);
    if (!user) throw api_errors::unknown_user();
    json::object out{{"sub", id.to_string()},
                     {"preferred_username", user->at("username")},
                     {"nickname", user->contains("global_name") ? user->at("global_name")
                                                                : json::value(nullptr)},
                     {"locale", "en-US"}};
    if (const auto* avatar = user->if_contains("avatar"); avatar && avatar->is_string()) {
        out["picture"] = "https://cdn.discordapp.com/avatars/" + id.to_string() + "/" +
                         std::string(avatar->get_string()) + ".png";
    }
    if (has_scope(call_grant(call), "email")) {
        const auto* email = user->if_contains("email");
        out["email"] = email ? *email : json::value(nullptr);
        out["email_verified"] = email && email->is_string();
    }
    return Response::json(200, out);
}

/// The sandbox's one signing key (a fixed RSA public key; it signs nothing).
Response keys(Call&) {
    json::object key{{"kty", "RSA"},
                     {"use", "sig"},
                     {"kid", "sandbox-1"},
                     {"n",
                      "u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0_Iz"
                      "W7yWR7QkrmBL7jTKEn5u-qKhbwKfBstIs-bMY2Zkp18gnTxKLxoS2tFczGkPLPgi"},
                     {"e", "AQAB"},
                     {"alg", "RS256"}};
    return Response::json(200, json::object{{"keys", json::array{std::move(key)}}});
}

Response connections(Call& call) {
    require_scope(call, "connections");
    json::array out;
    for (const auto& [id, c] : call.world().entities("connections", acting_user(call))) {
        out.push_back(c);
    }
    return Response::json(200, out);
}

Response my_entitlements(Call& call) {
    World& world = call.world();
    if (call.id("application_id") != world.application_id()) {
        throw ApiError(404, 10002, "Unknown Application");
    }
    const std::string user = acting_user(call).to_string();
    std::vector<std::string> skus;
    if (auto q = call.query("sku_ids")) {
        std::size_t start = 0;
        while (start <= q->size()) {
            const auto comma = std::min(q->find(',', start), q->size());
            const std::string id = q->substr(start, comma - start);
            if (!Snowflake::try_parse(id)) {
                raise_field_error("sku_ids", "NUMBER_TYPE_COERCE",
                                  "Value \"" + id + "\" is not snowflake.");
            }
            skus.push_back(id);
            start = comma + 1;
        }
    }
    const bool exclude_consumed = call.query_bool("exclude_consumed");
    json::array out;
    for (const auto& [id, e] : world.entities("entitlements")) {
        if (!e.contains("user_id") || e.at("user_id") != json::value(user)) continue;
        if (e.at("deleted").as_bool()) continue;
        if (!skus.empty() && std::find(skus.begin(), skus.end(),
                                       std::string(e.at("sku_id").as_string())) == skus.end()) {
            continue;
        }
        if (exclude_consumed && e.contains("consumed") && e.at("consumed").as_bool()) continue;
        out.push_back(e);
    }
    return Response::json(200, out);
}

Response control_issue_token(Call& call) {
    World& world = call.world();
    const auto& body = call.body();
    FormErrors errors;
    const auto user = errors.snowflake(body, "user_id", true);
    const auto expires_in = errors.integer(body, "expires_in", -86400, 31536000, false);
    const auto* scopes = body.if_contains("scopes");
    if (!scopes || !scopes->is_array() ||
        !std::all_of(scopes->get_array().begin(), scopes->get_array().end(),
                     [](const json::value& s) { return s.is_string(); })) {
        errors.add("scopes", "BASE_TYPE_REQUIRED", "A list of scope names is required");
    }
    errors.raise_if_any();
    if (!world.user(*user)) throw api_errors::unknown_user();
    // Discord's access tokens last 7 days.
    return Response::json(
        200, issue_grant(world, *user, scopes->get_array(), expires_in.value_or(604800)));
}

Response control_add_connection(Call& call) {
    World& world = call.world();
    const auto& body = call.body();
    FormErrors errors;
    const auto user = errors.snowflake(body, "user_id", true);
    const auto type = errors.string(body, "type", 1, 32, true);
    const auto account = errors.string(body, "id", 1, 64, true);
    const auto name = errors.string(body, "name", 0, 100, false);
    const auto verified = errors.boolean(body, "verified");
    const auto visibility = errors.integer(body, "visibility", 0, 1, false);
    errors.raise_if_any();
    if (!world.user(*user)) throw api_errors::unknown_user();
    json::object connection{{"id", *account},
                            {"name", name ? json::value(*name) : json::value(nullptr)},
                            {"type", *type},
                            {"revoked", false},
                            {"integrations", json::array{}},
                            {"verified", verified.value_or(true)},
                            {"friend_sync", false},
                            {"show_activity", true},
                            {"two_way_link", false},
                            {"visibility", visibility.value_or(1)}};
    world.entities("connections", *user)[world.next_id()] = connection;
    return Response::json(200, connection);
}

}  // namespace

void add_oauth2_routes(Router& router) {
    Route& me = router.add("GET", "/oauth2/@me", "", authorization);
    me.bearer = true;
    me.bot_token = false;  // "Requires authentication with a bearer token."
    Route& info = router.add("GET", "/oauth2/userinfo", "", userinfo);
    info.bearer = true;
    Route& jwks = router.add("GET", "/oauth2/keys", "", keys);
    jwks.authenticated = false;
    Route& linked = router.add("GET", "/users/@me/connections", "", connections);
    linked.bearer = true;
    Route& owned = router.add("GET", "/users/@me/applications/{application_id}/entitlements", "",
                              my_entitlements);
    owned.bearer = true;
    owned.bot_token = false;
}

void add_oauth2_control_routes(Router& control) {
    control.add("POST", "/oauth2/tokens", "", control_issue_token);
    control.add("POST", "/connections", "", control_add_connection);
}

}  // namespace hikari::sandbox
