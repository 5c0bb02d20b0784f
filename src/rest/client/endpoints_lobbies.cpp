// The Social SDK: lobbies (the bot creates and manages them and their members; a user's Bearer
// token joins, leaves, links a channel and chats), provisional accounts and DM moderation.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

#include <array>

namespace hikari {

using namespace rest;

namespace {

constexpr std::size_t max_metadata_length = 1000;

/// {"key": "value", ...}; ValueError past Discord's 1000 characters in all.
void write_metadata(JsonWriter& w, const Dict<std::string>& metadata) {
    std::size_t total = 0;
    w.begin_object();
    for (const auto& [key, value] : metadata.entries) {
        total += key.size() + value.size();
        w.key(key).string(value);
    }
    w.end_object();
    if (total > max_metadata_length) throw ValueError("lobby metadata has at most 1000 characters");
}

void write_members(JsonWriter& w, const std::vector<LobbyMemberInit>& members) {
    if (members.size() > 25) throw ValueError("a lobby takes at most 25 members at once");
    w.begin_array();
    for (const auto& m : members) {
        w.begin_object().key("id").string(id(m.id));
        put(w, "metadata", m.metadata, write_metadata);
        put(w, "flags", m.flags, write_int<std::uint32_t>);
        w.end_object();
    }
    w.end_array();
}

void check_timeout(const UndefinedOr<std::int32_t>& seconds) {
    if (seconds.has_value() && (*seconds < 5 || *seconds > 604800)) {
        throw ValueError("idle_timeout_seconds must be between 5 and 604800");
    }
}

void check_additional_name(const UndefinedNoneOr<std::string>& name) {
    if (name.has_value() && (name->empty() || name->size() > 80)) {
        throw ValueError("additional_name must be 1 to 80 characters");
    }
}

std::string invite_code(std::string_view body) {
    return JsonFields(body).string("code");
}

}  // namespace

Task<Lobby> RESTClient::create_lobby(LobbyCreateOptions o) {
    check_timeout(o.idle_timeout_seconds);
    JsonWriter w;
    w.begin_object();
    put(w, "metadata", o.metadata, write_metadata);
    if (!o.members.empty()) {
        w.key("members");
        write_members(w, o.members);
    }
    put(w, "idle_timeout_seconds", o.idle_timeout_seconds, write_int<std::int32_t>);
    w.end_object();
    return impl_->request_model<Lobby>(
        with_body(spec(routes::post_lobby, {}), json_body(std::move(w))));
}

Task<Lobby> RESTClient::create_or_join_lobby(LobbyJoinOptions o) {
    if (o.secret.empty() || o.secret.size() > 250) {
        throw ValueError("a lobby secret must be 1 to 250 characters");
    }
    check_timeout(o.idle_timeout_seconds);
    JsonWriter w;
    w.begin_object().key("secret").string(o.secret);
    put(w, "idle_timeout_seconds", o.idle_timeout_seconds, write_int<std::int32_t>);
    put(w, "lobby_metadata", o.lobby_metadata, write_metadata);
    put(w, "member_metadata", o.member_metadata, write_metadata);
    w.end_object();
    return impl_->request_model<Lobby>(
        with_body(spec(routes::put_lobby, {}), json_body(std::move(w))));
}

Task<Lobby> RESTClient::fetch_lobby(Snowflake lobby) {
    return impl_->request_model<Lobby>(spec(routes::get_lobby, {lobby}));
}

Task<Lobby> RESTClient::edit_lobby(Snowflake lobby, LobbyEditOptions o) {
    check_timeout(o.idle_timeout_seconds);
    JsonWriter w;
    w.begin_object();
    put(w, "metadata", o.metadata, write_metadata);
    put(w, "members", o.members, write_members);
    put(w, "idle_timeout_seconds", o.idle_timeout_seconds, write_int<std::int32_t>);
    w.end_object();
    return impl_->request_model<Lobby>(
        with_body(spec(routes::patch_lobby, {lobby}), json_body(std::move(w))));
}

Task<void> RESTClient::delete_lobby(Snowflake lobby) {
    auto request_spec = spec(routes::delete_lobby, {lobby});
    co_await impl_->request(std::move(request_spec));
}

Task<LobbyMember> RESTClient::add_lobby_member(Snowflake lobby, Snowflake user,
                                               LobbyMemberOptions o) {
    check_additional_name(o.additional_name);
    JsonWriter w;
    w.begin_object();
    put(w, "metadata", o.metadata, write_metadata);
    put(w, "flags", o.flags, write_int<std::uint32_t>);
    put(w, "additional_name", o.additional_name, write_string);
    w.end_object();
    return impl_->request_model<LobbyMember>(
        with_body(spec(routes::put_lobby_member, {lobby, user}), json_body(std::move(w))));
}

Task<void> RESTClient::remove_lobby_member(Snowflake lobby, Snowflake user) {
    auto request_spec = spec(routes::delete_lobby_member, {lobby, user});
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<LobbyMember>> RESTClient::bulk_update_lobby_members(
    Snowflake lobby, std::vector<LobbyMemberUpdate> members) {
    if (members.empty() || members.size() > 25) {
        throw ValueError("a bulk update takes 1 to 25 members");
    }
    JsonWriter w;
    w.begin_array();
    for (const auto& m : members) {
        check_additional_name(m.additional_name);
        w.begin_object().key("id").string(id(m.id));
        put(w, "metadata", m.metadata, write_metadata);
        put(w, "flags", m.flags, write_int<std::uint32_t>);
        put(w, "additional_name", m.additional_name, write_string);
        if (m.remove_member) w.key("remove_member").boolean(true);
        w.end_object();
    }
    w.end_array();
    auto request_spec =
        with_body(spec(routes::post_lobby_members_bulk, {lobby}), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<LobbyMember>(response.body);
}

Task<void> RESTClient::leave_lobby(Snowflake lobby) {
    auto request_spec = spec(routes::delete_my_lobby_member, {lobby});
    co_await impl_->request(std::move(request_spec));
}

Task<Lobby> RESTClient::link_lobby_channel(Snowflake lobby, std::optional<Snowflake> channel) {
    JsonWriter w;
    w.begin_object().key("channel_id");
    if (channel) {
        w.string(id(*channel));
    } else {
        w.null();
    }
    w.end_object();
    return impl_->request_model<Lobby>(
        with_body(spec(routes::patch_lobby_channel_linking, {lobby}), json_body(std::move(w))));
}

Task<std::string> RESTClient::create_lobby_invite_for_self(Snowflake lobby) {
    auto request_spec = spec(routes::post_my_lobby_invite, {lobby});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return invite_code(response.body);
}

Task<std::string> RESTClient::create_lobby_invite_for_user(Snowflake lobby, Snowflake user) {
    auto request_spec = spec(routes::post_lobby_member_invite, {lobby, user});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return invite_code(response.body);
}

Task<std::vector<LobbyMessage>> RESTClient::fetch_lobby_messages(Snowflake lobby,
                                                                 std::optional<int> limit) {
    if (limit && (*limit < 1 || *limit > 200)) throw ValueError("limit must be 1 to 200");
    auto s = spec(routes::get_lobby_messages, {lobby});
    if (limit) s.query.emplace_back("limit", std::to_string(*limit));
    auto response = co_await impl_->request(std::move(s));
    co_return parse_list<LobbyMessage>(response.body);
}

Task<LobbyMessage> RESTClient::send_lobby_message(Snowflake lobby, LobbyMessageOptions o) {
    if (o.content.empty() || o.content.size() > 4000) {
        throw ValueError("a lobby message must be 1 to 4000 characters");
    }
    JsonWriter w;
    w.begin_object().key("content").string(o.content);
    put(w, "metadata", o.metadata, write_metadata);
    put(w, "flags", o.flags, write_int<std::uint32_t>);
    w.end_object();
    return impl_->request_model<LobbyMessage>(
        with_body(spec(routes::post_lobby_message, {lobby}), json_body(std::move(w))));
}

namespace {

constexpr std::array<std::string_view, 8> auth_type_names{
    "OIDC",
    "EPIC_ONLINE_SERVICES_ACCESS_TOKEN",
    "EPIC_ONLINE_SERVICES_ID_TOKEN",
    "STEAM_SESSION_TICKET",
    "UNITY_SERVICES_ID_TOKEN",
    "DISCORD_BOT_ISSUED_ACCESS_TOKEN",
    "APPLE_ID_TOKEN",
    "PLAYSTATION_NETWORK_ID_TOKEN",
};

http::Body external_auth_body(const ExternalAuthOptions& o) {
    if (o.external_auth_token.empty() || o.external_auth_token.size() > 10240) {
        throw ValueError("external_auth_token must be 1 to 10240 characters");
    }
    const auto type = static_cast<std::size_t>(o.external_auth_type);
    if (type >= auth_type_names.size()) throw ValueError("unknown external_auth_type");
    JsonWriter w;
    w.begin_object().key("client_id").string(id(o.client_id));
    if (o.client_secret) w.key("client_secret").string(*o.client_secret);
    w.key("external_auth_token").string(o.external_auth_token);
    w.key("external_auth_type").string(auth_type_names[type]);
    w.end_object();
    return json_body(std::move(w));
}

void check_external_user(const std::string& external_user_id) {
    if (external_user_id.empty() || external_user_id.size() > 1024) {
        throw ValueError("external_user_id must be 1 to 1024 characters");
    }
}

http::Body moderation_body(const Dict<std::string>& metadata) {
    if (metadata.size() > 5) throw ValueError("moderation metadata has at most 5 keys");
    JsonWriter w;
    w.begin_object();
    for (const auto& [key, value] : metadata.entries) w.key(key).string(value);
    w.end_object();
    return json_body(std::move(w));
}

}  // namespace

Task<ProvisionalToken> RESTClient::fetch_provisional_token(ExternalAuthOptions o) {
    return impl_->request_model<ProvisionalToken>(
        with_body(spec(routes::post_partner_token, {}), external_auth_body(o)));
}

Task<ProvisionalToken> RESTClient::fetch_provisional_token_for_player(
    BotProvisionalTokenOptions o) {
    check_external_user(o.external_user_id);
    if (o.preferred_global_name.has_value() &&
        (o.preferred_global_name->empty() || o.preferred_global_name->size() > 32)) {
        throw ValueError("preferred_global_name must be 1 to 32 characters");
    }
    JsonWriter w;
    w.begin_object().key("external_user_id").string(o.external_user_id);
    put(w, "provisional_user_id", o.provisional_user_id, write_id);
    put(w, "preferred_global_name", o.preferred_global_name, write_string);
    w.end_object();
    return impl_->request_model<ProvisionalToken>(
        with_body(spec(routes::post_partner_token_bot, {}), json_body(std::move(w))));
}

Task<void> RESTClient::unmerge_provisional_account(ExternalAuthOptions o) {
    auto request_spec = with_body(spec(routes::post_partner_unmerge, {}), external_auth_body(o));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::unmerge_provisional_account_for_player(std::string external_user_id) {
    check_external_user(external_user_id);
    JsonWriter w;
    w.begin_object().key("external_user_id").string(external_user_id).end_object();
    auto request_spec =
        with_body(spec(routes::post_partner_unmerge_bot, {}), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::set_dm_message_moderation_metadata(Snowflake user_1, Snowflake user_2,
                                                          Snowflake message,
                                                          Dict<std::string> metadata) {
    auto request_spec =
        with_body(spec(routes::put_dm_message_moderation, {user_1, user_2, message}),
                  moderation_body(metadata));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::set_lobby_message_moderation_metadata(Snowflake lobby, Snowflake message,
                                                             Dict<std::string> metadata) {
    auto request_spec = with_body(spec(routes::put_lobby_message_moderation, {lobby, message}),
                                  moderation_body(metadata));
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
