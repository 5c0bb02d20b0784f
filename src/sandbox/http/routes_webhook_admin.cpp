// Webhooks beyond create/execute: the guild's list, modify (with the bot's authorization or
// with the webhook's token) and delete with the token.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

namespace {

/// The webhook of the path; with `token`, the path's token must be the webhook's.
json::object& webhook_or_404(Call& call, bool token) {
    json::object* hook = call.world().webhook(call.id("webhook_id"));
    if (!hook) throw api_errors::unknown_webhook();
    if (token && hook->at("token") != json::value(call.param("webhook_token"))) {
        throw api_errors::invalid_webhook_token();
    }
    return *hook;
}

void announce(Call& call, const json::object& hook, const json::value& old_channel = nullptr) {
    if (!hook.at("guild_id").is_string()) return;
    const Snowflake guild = Snowflake::parse(hook.at("guild_id").as_string());
    call.emit(
        "WEBHOOKS_UPDATE",
        json::object{{"guild_id", hook.at("guild_id")}, {"channel_id", hook.at("channel_id")}},
        guild, intents::guild_webhooks);
    if (!old_channel.is_null() && old_channel != hook.at("channel_id")) {
        call.emit("WEBHOOKS_UPDATE",
                  json::object{{"guild_id", hook.at("guild_id")}, {"channel_id", old_channel}},
                  guild, intents::guild_webhooks);
    }
}

Response modify(Call& call, bool token) {
    json::object& hook = webhook_or_404(call, token);
    const auto& body = call.body();
    FormErrors errors;
    const auto name = errors.string(body, "name", 1, 80, false);
    const auto* avatar = body.if_contains("avatar");
    if (avatar && !avatar->is_null() && !avatar->is_string()) {
        errors.add("avatar", "BASE_TYPE_STRING", "Must be a string.");
    }
    std::optional<Snowflake> channel;
    if (!token) channel = errors.snowflake(body, "channel_id", false);
    if (channel) {
        const auto* c = call.world().channel(*channel);
        if (!c || !c->contains("guild_id") || c->at("guild_id") != hook.at("guild_id")) {
            errors.add("channel_id", "CHANNEL_INVALID", "Unknown channel.");
        }
    }
    errors.raise_if_any();
    const json::object before = hook;
    if (name) hook["name"] = *name;
    // The sandbox keeps no images: an uploaded avatar becomes a hash of its length.
    if (avatar) {
        hook["avatar"] = avatar->is_null()
                             ? json::value(nullptr)
                             : json::value("a" + std::to_string(avatar->get_string().size()));
    }
    if (channel) hook["channel_id"] = channel->to_string();
    announce(call, hook, before.at("channel_id"));
    if (!token && hook.at("guild_id").is_string()) {
        json::array changes;
        for (const char* key : {"name", "avatar", "channel_id"}) {
            if (before.at(key) != hook.at(key)) {
                changes.push_back(audit_change(key, before.at(key), hook.at(key)));
            }
        }
        record_audit(call, Snowflake::parse(hook.at("guild_id").as_string()), 51,
                     call.id("webhook_id"), std::move(changes));
    }
    json::object out = hook;
    if (token) {
        out.erase("user");
        out.erase("token");
    }
    return Response::json(200, out);
}

}  // namespace

void add_webhook_admin_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/webhooks", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::array out;
        for (const auto* c : call.world().channels(guild)) {
            const Snowflake channel = Snowflake::parse(c->at("id").as_string());
            for (const auto* w : call.world().webhooks_of_channel(channel)) out.push_back(*w);
        }
        return Response::json(200, out);
    });
    router.add("PATCH", "/webhooks/{webhook_id}", "",
               [](Call& call) { return modify(call, false); });
    Route& patch_token = router.add("PATCH", "/webhooks/{webhook_id}/{webhook_token}", "",
                                    [](Call& call) { return modify(call, true); });
    patch_token.authenticated = false;
    Route& delete_token =
        router.add("DELETE", "/webhooks/{webhook_id}/{webhook_token}", "", [](Call& call) {
            const json::object hook = webhook_or_404(call, true);
            call.world().remove_webhook(call.id("webhook_id"));
            announce(call, hook);
            return Response::no_content();
        });
    delete_token.authenticated = false;
}

}  // namespace hikari::sandbox
