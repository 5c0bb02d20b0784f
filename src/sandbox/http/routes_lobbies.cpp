// Lobbies of the Social SDK (docs/resources/lobby.mdx; the world's "lobbies" store, messages in
// "lobby_messages" per lobby). The bot creates, edits and deletes lobbies and manages their
// members; a user's Bearer token (sdk.social_layer scope, grants from /_sandbox/oauth2/tokens)
// joins by secret, leaves, links a guild text channel (with the can_link_lobby flag), asks
// for invites to it and chats. Unknown lobbies are 10031.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/moderation_metadata.hpp"
#include "sandbox/http/oauth2_grants.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <string>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::int64_t can_link_lobby = 1;
constexpr std::size_t max_members_at_once = 25;
constexpr std::size_t max_metadata_length = 1000;

std::map<Snowflake, json::object>& lobbies(World& world) {
    return world.entities("lobbies");
}

json::object& lobby_or_404(Call& call) {
    auto& all = lobbies(call.world());
    const auto it = all.find(call.id("lobby_id"));
    if (it == all.end()) raise_unknown(10031, "Unknown Lobby");
    return it->second;
}

/// The lobby as Discord answers it: without the private "_secret".
json::object view(const json::object& lobby) {
    json::object out = lobby;
    out.erase("_secret");
    return out;
}

/// A metadata dictionary field: strings only, 1000 characters in all; null clears it.
std::optional<json::value> metadata_field(FormErrors& errors, const json::object& body,
                                          std::string_view key, std::string_view prefix = {}) {
    const auto* v = body.if_contains(key);
    if (!v) return std::nullopt;
    if (v->is_null()) return json::value(nullptr);
    const std::string path =
        prefix.empty() ? std::string(key) : std::string(prefix) + "." + std::string(key);
    if (!v->is_object()) {
        errors.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used.");
        return std::nullopt;
    }
    std::size_t total = 0;
    for (const auto& [k, value] : v->get_object()) {
        if (!value.is_string()) {
            errors.add(path + "." + std::string(k), "BASE_TYPE_STRING", "Must be a string.");
            return std::nullopt;
        }
        total += k.size() + value.get_string().size();
    }
    if (total > max_metadata_length) {
        errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 1000 or fewer in length.");
        return std::nullopt;
    }
    return *v;
}

json::array& members_of(json::object& lobby) {
    return lobby["members"].as_array();
}

json::object* member_of(json::object& lobby, Snowflake user) {
    for (auto& m : members_of(lobby)) {
        if (m.at("id").as_string() == user.to_string()) return &m.as_object();
    }
    return nullptr;
}

bool remove_member(json::object& lobby, Snowflake user) {
    auto& members = members_of(lobby);
    const auto it = std::find_if(members.begin(), members.end(), [&](const json::value& m) {
        return m.at("id").as_string() == user.to_string();
    });
    if (it == members.end()) return false;
    members.erase(it);
    return true;
}

/// Adds or updates a member from a request object (id, metadata, flags, additional_name).
json::object& upsert_member(Call& call, json::object& lobby, const json::object& entry,
                            Snowflake user, std::string_view prefix) {
    FormErrors errors;
    auto metadata = metadata_field(errors, entry, "metadata", prefix);
    auto flags = errors.integer(entry, "flags", 0, can_link_lobby, false, prefix);
    std::optional<json::value> name;
    if (const auto* v = entry.if_contains("additional_name"); v && v->is_null()) {
        name = json::value(nullptr);
    } else if (auto n = errors.string(entry, "additional_name", 1, 80, false, prefix)) {
        name = json::value(*n);
    }
    errors.raise_if_any();
    if (!call.world().user(user)) throw api_errors::unknown_user();
    json::object* member = member_of(lobby, user);
    if (!member) {
        members_of(lobby).push_back(
            json::object{{"id", user.to_string()}, {"metadata", nullptr}, {"flags", 0}});
        member = &members_of(lobby).back().as_object();
    }
    if (metadata) (*member)["metadata"] = *metadata;
    if (flags) (*member)["flags"] = *flags;
    if (name && name->is_null()) member->erase("additional_name");
    if (name && name->is_string()) (*member)["additional_name"] = *name;
    return *member;
}

void check_timeout(FormErrors& errors, const json::object& body) {
    errors.integer(body, "idle_timeout_seconds", 5, 604800, false);
}

json::object new_lobby(World& world) {
    const Snowflake id = world.next_id();
    return json::object{{"id", id.to_string()},
                        {"application_id", world.application_id().to_string()},
                        {"metadata", nullptr},
                        {"members", json::array{}},
                        {"flags", 0}};
}

/// members: replaces the list (create, edit); at most 25.
void set_members(Call& call, json::object& lobby, const json::object& body) {
    const auto* list = body.if_contains("members");
    if (!list || list->is_null()) return;
    if (!list->is_array()) raise_field_error("members", "BASE_TYPE_LIST", "Must be a list.");
    if (list->get_array().size() > max_members_at_once) {
        raise_field_error("members", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    lobby["members"] = json::array{};
    for (std::size_t i = 0; i < list->get_array().size(); ++i) {
        const auto& entry = list->get_array()[i];
        const std::string prefix = "members." + std::to_string(i);
        FormErrors errors;
        const auto user = entry.is_object()
                              ? errors.snowflake(entry.get_object(), "id", true, prefix)
                              : std::nullopt;
        if (!entry.is_object()) errors.add(prefix, "MODEL_TYPE_CONVERT", "Must be an object.");
        errors.raise_if_any();
        upsert_member(call, lobby, entry.get_object(), *user, prefix);
    }
}

/// The Bearer caller, who must be a member (50001 otherwise).
Snowflake member_caller(Call& call, json::object& lobby) {
    require_scope(call, "sdk.social_layer");
    const Snowflake user = acting_user(call);
    if (!member_of(lobby, user)) throw api_errors::missing_access();
    return user;
}

Response invite_response(Call& call, json::object& lobby) {
    if (!lobby.contains("linked_channel")) {
        raise_field_error("channel_id", "LOBBY_NOT_LINKED", "The lobby has no linked channel.");
    }
    const std::string code = "lby" + call.world().next_id().to_string().substr(10);
    return Response::json(200, json::object{{"code", code}});
}

Response create_lobby(Call& call) {
    const auto& body = call.body();
    FormErrors errors;
    auto metadata = metadata_field(errors, body, "metadata");
    check_timeout(errors, body);
    errors.raise_if_any();
    json::object lobby = new_lobby(call.world());
    if (metadata) lobby["metadata"] = *metadata;
    set_members(call, lobby, body);
    const Snowflake id = Snowflake::parse(lobby.at("id").as_string());
    return Response::json(201, view(lobbies(call.world())[id] = std::move(lobby)));
}

Response create_or_join(Call& call) {
    require_scope(call, "sdk.social_layer");
    const auto& body = call.body();
    FormErrors errors;
    const auto secret = errors.string(body, "secret", 1, 250, true);
    auto lobby_metadata = metadata_field(errors, body, "lobby_metadata");
    auto member_metadata = metadata_field(errors, body, "member_metadata");
    check_timeout(errors, body);
    errors.raise_if_any();
    auto& all = lobbies(call.world());
    json::object* lobby = nullptr;
    for (auto& [id, l] : all) {
        if (l.contains("_secret") && l.at("_secret").as_string() == *secret) lobby = &l;
    }
    if (!lobby) {
        json::object fresh = new_lobby(call.world());
        fresh["_secret"] = *secret;
        const Snowflake id = Snowflake::parse(fresh.at("id").as_string());
        lobby = &(all[id] = std::move(fresh));
    }
    if (lobby_metadata) (*lobby)["metadata"] = *lobby_metadata;
    json::object entry;
    if (member_metadata) entry["metadata"] = *member_metadata;
    upsert_member(call, *lobby, entry, acting_user(call), {});
    return Response::json(200, view(*lobby));
}

Response edit_lobby(Call& call) {
    json::object& stored = lobby_or_404(call);
    const auto& body = call.body();
    FormErrors errors;
    auto metadata = metadata_field(errors, body, "metadata");
    check_timeout(errors, body);
    errors.raise_if_any();
    json::object lobby = stored;
    if (metadata) lobby["metadata"] = *metadata;
    set_members(call, lobby, body);
    stored = std::move(lobby);
    return Response::json(200, view(stored));
}

Response bulk_members(Call& call) {
    json::object& stored = lobby_or_404(call);
    json::value body;
    try {
        body = json::parse(call.request().body);
    } catch (const std::exception&) {
        throw api_errors::invalid_json();
    }
    if (!body.is_array() || body.get_array().empty() ||
        body.get_array().size() > max_members_at_once) {
        raise_field_error("_root", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
    }
    json::object lobby = stored;  // all or nothing
    json::array upserted;
    for (std::size_t i = 0; i < body.get_array().size(); ++i) {
        const auto& entry = body.get_array()[i];
        const std::string prefix = std::to_string(i);
        FormErrors errors;
        const auto user = entry.is_object()
                              ? errors.snowflake(entry.get_object(), "id", true, prefix)
                              : std::nullopt;
        if (!entry.is_object()) errors.add(prefix, "MODEL_TYPE_CONVERT", "Must be an object.");
        const auto remove = entry.is_object()
                                ? errors.boolean(entry.get_object(), "remove_member", prefix)
                                : std::nullopt;
        errors.raise_if_any();
        if (!call.world().user(*user)) throw api_errors::unknown_user();
        if (remove.value_or(false)) {
            remove_member(lobby, *user);
        } else {
            upserted.push_back(upsert_member(call, lobby, entry.get_object(), *user, prefix));
        }
    }
    stored = std::move(lobby);
    return Response::json(200, upserted);
}

Response link_channel(Call& call) {
    json::object& lobby = lobby_or_404(call);
    const Snowflake user = member_caller(call, lobby);
    const auto flags = member_of(lobby, user)->at("flags").to_number<std::int64_t>();
    if ((flags & can_link_lobby) == 0) throw api_errors::missing_permissions();
    FormErrors errors;
    const auto channel = errors.snowflake(call.body(), "channel_id", false);
    errors.raise_if_any();
    if (!channel) {
        lobby.erase("linked_channel");
        return Response::json(200, view(lobby));
    }
    World& world = call.world();
    const auto* ch = world.channel(*channel);
    const auto guild = ch ? world.guild_of_channel(*channel) : std::nullopt;
    if (!ch || !guild) throw api_errors::unknown_channel();
    if (ch->at("type").to_number<int>() != 0) {
        raise_field_error("channel_id", "LOBBY_CHANNEL_TYPE_INVALID",
                          "Only a guild text channel can be linked.");
    }
    if (!world.member(*guild, user)) throw api_errors::missing_access();
    lobby["linked_channel"] = *ch;
    return Response::json(200, view(lobby));
}

Response post_message(Call& call) {
    json::object& lobby = lobby_or_404(call);
    const Snowflake user = member_caller(call, lobby);
    const auto& body = call.body();
    FormErrors errors;
    const auto content = errors.string(body, "content", 0, 4000, true);
    auto metadata = metadata_field(errors, body, "metadata");
    const auto flags = errors.integer(body, "flags", 0, 1LL << 31, false);
    errors.raise_if_any();
    if (content->empty()) throw api_errors::empty_message();
    World& world = call.world();
    const Snowflake id = world.next_id();
    const std::string lobby_id = std::string(lobby.at("id").as_string());
    json::object message{
        {"id", id.to_string()},       {"type", 0},
        {"content", *content},        {"lobby_id", lobby_id},
        {"channel_id", lobby_id},     {"author", *world.user(user)},
        {"flags", flags.value_or(0)}, {"application_id", world.application_id().to_string()}};
    if (const auto* member = member_of(lobby, user); member->contains("additional_name")) {
        message["lobby_member"] = json::object{{"additional_name", member->at("additional_name")}};
    }
    world.entities("lobby_messages", Snowflake::parse(lobby_id))[id] = message;
    // Metadata goes to the clients with the message but is not kept.
    if (metadata) message["metadata"] = *metadata;
    return Response::json(201, message);
}

Response list_messages(Call& call) {
    json::object& lobby = lobby_or_404(call);
    member_caller(call, lobby);
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 200, 50));
    json::array out;
    const auto& messages =
        call.world().entities("lobby_messages", Snowflake::parse(lobby.at("id").as_string()));
    for (auto it = messages.rbegin(); it != messages.rend() && out.size() < limit; ++it) {
        out.push_back(it->second);
    }
    return Response::json(200, out);
}

Response moderate_message(Call& call) {
    json::object& lobby = lobby_or_404(call);
    auto& messages =
        call.world().entities("lobby_messages", Snowflake::parse(lobby.at("id").as_string()));
    const auto it = messages.find(call.id("message_id"));
    if (it == messages.end()) throw api_errors::unknown_message();
    const auto& body = call.body();
    check_moderation_metadata(body);
    it->second["moderation_metadata"] = body;
    return Response::no_content();
}

}  // namespace

void add_lobby_routes(Router& router) {
    // Bot token.
    router.add("POST", "/lobbies", "", create_lobby);
    router.add("GET", "/lobbies/{lobby_id}", "",
               [](Call& call) { return Response::json(200, view(lobby_or_404(call))); });
    router.add("PATCH", "/lobbies/{lobby_id}", "", edit_lobby);
    router.add("DELETE", "/lobbies/{lobby_id}", "", [](Call& call) {
        // Safe to call for a lobby that is already gone.
        lobbies(call.world()).erase(call.id("lobby_id"));
        call.world().entities("lobby_messages", call.id("lobby_id")).clear();
        return Response::no_content();
    });
    router.add("PUT", "/lobbies/{lobby_id}/members/{user_id}", "", [](Call& call) {
        json::object& lobby = lobby_or_404(call);
        return Response::json(200, upsert_member(call, lobby, call.body(), call.id("user_id"), {}));
    });
    router.add("DELETE", "/lobbies/{lobby_id}/members/{user_id}", "", [](Call& call) {
        remove_member(lobby_or_404(call), call.id("user_id"));
        return Response::no_content();
    });
    router.add("POST", "/lobbies/{lobby_id}/members/bulk", "", bulk_members);
    router.add("POST", "/lobbies/{lobby_id}/members/{user_id}/invites", "", [](Call& call) {
        json::object& lobby = lobby_or_404(call);
        if (!member_of(lobby, call.id("user_id"))) throw api_errors::unknown_member();
        return invite_response(call, lobby);
    });
    router.add("PUT", "/lobbies/{lobby_id}/messages/{message_id}/moderation-metadata", "",
               moderate_message);
    // A user's Bearer token only; each is marked right after it is added (add's reference
    // does not survive the next add).
    const auto bearer_only = [&](const char* method, const char* path, Handler handler) {
        Route& route = router.add(method, path, "", std::move(handler));
        route.bearer = true;
        route.bot_token = false;
    };
    bearer_only("PUT", "/lobbies", create_or_join);
    bearer_only("DELETE", "/lobbies/{lobby_id}/members/@me", [](Call& call) {
        json::object& lobby = lobby_or_404(call);
        remove_member(lobby, acting_user(call));
        return Response::no_content();
    });
    bearer_only("PATCH", "/lobbies/{lobby_id}/channel-linking", link_channel);
    bearer_only("POST", "/lobbies/{lobby_id}/members/@me/invites", [](Call& call) {
        json::object& lobby = lobby_or_404(call);
        member_caller(call, lobby);
        return invite_response(call, lobby);
    });
    bearer_only("GET", "/lobbies/{lobby_id}/messages", list_messages);
    bearer_only("POST", "/lobbies/{lobby_id}/messages", post_message);
}

}  // namespace hikari::sandbox
