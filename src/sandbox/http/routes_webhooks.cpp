// Webhooks (create/list/get/modify/delete/execute) and the webhook message routes, which also
// serve interaction follow-ups: /webhooks/{application_id}/{interaction_token}/...

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/github_webhook.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::size_t max_webhooks_per_channel = 15;

/// Who posts through /webhooks/{webhook_id}/{webhook_token}: a real webhook or an interaction.
struct Poster {
    Snowflake channel;
    Snowflake webhook_id;  // the application id for interactions
    json::object author;
    bool interaction = false;
};

Poster resolve(Call& call) {
    World& world = call.world();
    const Snowflake id = call.id("webhook_id");
    const std::string& token = call.param("webhook_token");
    if (id == world.application_id()) {
        if (auto channel = world.interaction_channel(token)) {
            return {*channel, id, world.bot_user(), true};
        }
        throw api_errors::unknown_webhook();
    }
    const json::object* hook = world.webhook(id);
    if (!hook) throw api_errors::unknown_webhook();
    if (hook->at("token") != json::value(token)) throw api_errors::invalid_webhook_token();
    json::object author{{"id", id.to_string()},
                        {"username", hook->at("name")},
                        {"avatar", hook->at("avatar")},
                        {"discriminator", "0000"},
                        {"bot", true},
                        {"global_name", nullptr},
                        {"public_flags", 0},
                        {"flags", 0}};
    return {Snowflake::parse(hook->at("channel_id").as_string()), id, std::move(author), false};
}

/// A message this webhook (or interaction) posted; 10008 otherwise.
json::object& own_message(Call& call, const Poster& poster) {
    World& world = call.world();
    Snowflake id;
    if (call.param("message_id") == "@original") {
        auto original = poster.interaction ? world.interaction_original(call.param("webhook_token"))
                                           : std::nullopt;
        if (!original) throw api_errors::unknown_message();
        id = *original;
    } else {
        id = call.id("message_id");
    }
    json::object* m = world.message(poster.channel, id);
    if (!m || m->if_contains("webhook_id") == nullptr ||
        m->at("webhook_id") != json::value(poster.webhook_id.to_string())) {
        throw api_errors::unknown_message();
    }
    return *m;
}

json::object public_view(const json::object& hook, bool with_token) {
    json::object out = hook;
    if (!with_token) {
        out.erase("token");
        out.erase("user");
    }
    return out;
}

/// The webhook name rules of create and modify (webhook.mdx "Create Webhook").
std::optional<std::string> webhook_name(FormErrors& errors, const json::object& body,
                                        bool required) {
    auto name = errors.string(body, "name", 1, 80, required);
    if (!name) return name;
    std::string lowered = *name;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lowered.find("clyde") != std::string::npos ||
        lowered.find("discord") != std::string::npos) {
        errors.add("name", "WEBHOOK_INVALID_USERNAME",
                   "Username cannot contain \"clyde\" or \"discord\"");
        return std::nullopt;
    }
    return name;
}

void announce_webhooks(Call& call, const json::object& hook) {
    if (!hook.at("guild_id").is_string()) return;
    const Snowflake guild = Snowflake::parse(hook.at("guild_id").as_string());
    call.emit(
        "WEBHOOKS_UPDATE",
        json::object{{"guild_id", hook.at("guild_id")}, {"channel_id", hook.at("channel_id")}},
        guild, intents::guild_webhooks);
}

/// PATCH /webhooks/{id}[/{token}]: name, avatar and (with the bot token only) channel_id.
/// A move announces WEBHOOKS_UPDATE for the old channel as well as the new one.
Response modify_webhook(Call& call, json::object& hook, bool with_token) {
    const auto& body = call.body();
    FormErrors errors;
    auto name = webhook_name(errors, body, false);
    const json::value* avatar = body.if_contains("avatar");
    if (avatar != nullptr && !avatar->is_null() &&
        (!avatar->is_string() || !avatar->get_string().starts_with("data:image/"))) {
        errors.add("avatar", "IMAGE_INVALID", "Invalid image data");
    }
    std::optional<Snowflake> channel_id;
    if (with_token) {
        channel_id = errors.snowflake(body, "channel_id", false);
        if (channel_id) {
            const json::object* target = call.world().channel(*channel_id);
            if (target == nullptr || target->at("type") != json::value(0) ||
                target->if_contains("guild_id") == nullptr ||
                target->at("guild_id") != hook.at("guild_id")) {
                errors.add("channel_id", "CHANNEL_TYPE_INVALID",
                           "Not a text channel of this webhook's guild.");
            }
        }
    }
    errors.raise_if_any();
    const json::object before = hook;
    if (name) hook["name"] = *name;
    // The sandbox has no CDN: any new avatar becomes the same hash, as for PATCH /users/@me.
    if (avatar != nullptr) {
        hook["avatar"] = avatar->is_null() ? json::value(nullptr)
                                           : json::value("a1b2c3d4e5f60718293a4b5c6d7e8f90");
    }
    if (channel_id && hook.at("channel_id") != json::value(channel_id->to_string())) {
        announce_webhooks(call, hook);
        hook["channel_id"] = channel_id->to_string();
    }
    announce_webhooks(call, hook);
    // Changes made with the bot's authorization are audited (WEBHOOK_UPDATE, 51), with the
    // X-Audit-Log-Reason header; a webhook token leaves no audit trail of a user.
    if (with_token && hook.at("guild_id").is_string()) {
        json::array changes;
        for (const char* key : {"name", "avatar", "channel_id"}) {
            if (before.at(key) != hook.at(key)) {
                changes.push_back(audit_change(key, before.at(key), hook.at(key)));
            }
        }
        record_audit(call, Snowflake::parse(hook.at("guild_id").as_string()), 51,
                     call.id("webhook_id"), std::move(changes));
    }
    return Response::json(200, public_view(hook, with_token));
}

Response delete_webhook(Call& call, Snowflake id) {
    const json::object copy = *call.world().webhook(id);
    call.world().remove_webhook(id);
    announce_webhooks(call, copy);
    return Response::no_content();
}

/// A Slack attachment's "#rgb" or "#rrggbb" colour as Discord's integer; nullopt otherwise.
std::optional<std::int64_t> slack_colour(std::string_view text) {
    if (!text.starts_with('#') || (text.size() != 4 && text.size() != 7)) return std::nullopt;
    std::string hex(text.substr(1));
    if (hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return std::nullopt;
    if (hex.size() == 3) hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
    return std::stoll(hex, nullptr, 16);
}

/// The Discord message body for a Slack payload ({text, username, icon_url, attachments}),
/// with 50035 for what Discord refuses (text over 2000 characters, a bad colour).
json::object slack_to_message(const json::object& slack) {
    FormErrors errors;
    const auto text = errors.string(slack, "text", 0, 2000, false);
    json::object body;
    if (text && !text->empty()) body["content"] = *text;
    json::array embeds;
    if (const auto* list = slack.if_contains("attachments"); list && list->is_array()) {
        for (std::size_t i = 0; i < list->get_array().size(); ++i) {
            const auto& item = list->get_array()[i];
            if (!item.is_object()) continue;
            const auto& a = item.get_object();
            auto str = [&](const char* key) -> std::optional<std::string> {
                const auto* v = a.if_contains(key);
                if (!v || !v->is_string() || v->get_string().empty()) return std::nullopt;
                return std::string(v->get_string());
            };
            json::object embed{{"type", "rich"}};
            if (auto v = str("title")) embed["title"] = *v;
            if (auto v = str("title_link")) embed["url"] = *v;
            if (auto v = str("text")) embed["description"] = *v;
            if (auto v = str("color")) {
                if (auto colour = slack_colour(*v)) {
                    embed["color"] = *colour;
                } else {
                    errors.add("attachments." + std::to_string(i) + ".color", "STRING_TYPE_REGEX",
                               "String value did not match validation regex.");
                }
            }
            if (auto v = str("author_name")) {
                json::object author{{"name", *v}};
                if (auto link = str("author_link")) author["url"] = *link;
                if (auto icon = str("author_icon")) author["icon_url"] = *icon;
                embed["author"] = std::move(author);
            }
            if (auto v = str("footer")) {
                json::object footer{{"text", *v}};
                if (auto icon = str("footer_icon")) footer["icon_url"] = *icon;
                embed["footer"] = std::move(footer);
            }
            if (auto v = str("image_url")) embed["image"] = json::object{{"url", *v}};
            if (auto v = str("thumb_url")) embed["thumbnail"] = json::object{{"url", *v}};
            if (const auto* ts = a.if_contains("ts"); ts && ts->is_int64()) {
                embed["timestamp"] = World::iso_timestamp(
                    Snowflake::TimePoint(std::chrono::seconds(ts->get_int64())));
            }
            if (const auto* fields = a.if_contains("fields"); fields && fields->is_array()) {
                json::array out;
                for (const auto& f : fields->get_array()) {
                    if (!f.is_object()) continue;
                    const auto& field = f.get_object();
                    // Discord's names, and Slack's own (title, short) as Slack senders write.
                    const auto* name = field.contains("name") ? field.if_contains("name")
                                                              : field.if_contains("title");
                    const auto* value = field.if_contains("value");
                    const auto* inline_ = field.contains("inline") ? field.if_contains("inline")
                                                                   : field.if_contains("short");
                    out.push_back(json::object{
                        {"name", name && name->is_string() ? *name : json::value("")},
                        {"value", value && value->is_string() ? *value : json::value("")},
                        {"inline", inline_ && inline_->is_bool() && inline_->get_bool()}});
                }
                if (!out.empty()) embed["fields"] = std::move(out);
            }
            embeds.push_back(std::move(embed));
        }
    }
    errors.raise_if_any();
    if (!embeds.empty()) body["embeds"] = std::move(embeds);
    if (const auto* icon = slack.if_contains("icon_url"); icon && icon->is_string()) {
        body["avatar_url"] = *icon;
    }
    return body;
}

}  // namespace

void add_webhook_routes(Router& router) {
    router.add("POST", "/channels/{channel_id}/webhooks", "", [](Call& call) {
        const json::object& channel = text_channel_or_404(call);
        World& world = call.world();
        const Snowflake channel_id = call.id("channel_id");
        FormErrors errors;
        auto name = webhook_name(errors, call.body(), true);
        errors.raise_if_any();
        if (world.webhooks_of_channel(channel_id).size() >= max_webhooks_per_channel) {
            throw ApiError(400, 30007, "Maximum number of webhooks reached (15)");
        }
        const Snowflake id = world.next_id();
        // Tokens are 68 characters of URL-safe text; derive one from the id for determinism.
        std::string token = "sbx" + id.to_string();
        while (token.size() < 68)
            token += static_cast<char>('a' + (token.size() * 7 + id.value()) % 26);
        json::object hook{{"id", id.to_string()},
                          {"type", 1},
                          {"guild_id", channel.contains("guild_id") ? channel.at("guild_id")
                                                                    : json::value(nullptr)},
                          {"channel_id", channel_id.to_string()},
                          {"user", world.bot_user()},
                          {"name", *name},
                          {"avatar", nullptr},
                          {"token", token},
                          {"application_id", world.application_id().to_string()}};
        const json::object& stored = world.add_webhook(std::move(hook));
        if (auto guild = guild_of(channel)) {
            call.emit("WEBHOOKS_UPDATE",
                      json::object{{"guild_id", guild->to_string()},
                                   {"channel_id", channel_id.to_string()}},
                      guild, intents::guild_webhooks);
        }
        return Response::json(200, stored);
    });
    router.add("GET", "/channels/{channel_id}/webhooks", "", [](Call& call) {
        text_channel_or_404(call);
        json::array out;
        for (const auto* w : call.world().webhooks_of_channel(call.id("channel_id")))
            out.push_back(*w);
        return Response::json(200, out);
    });
    router.add("GET", "/webhooks/{webhook_id}", "", [](Call& call) {
        const auto* hook = call.world().webhook(call.id("webhook_id"));
        if (!hook) throw api_errors::unknown_webhook();
        return Response::json(200, public_view(*hook, true));
    });
    router.add("PATCH", "/webhooks/{webhook_id}", "", [](Call& call) {
        auto* hook = call.world().webhook(call.id("webhook_id"));
        if (!hook) throw api_errors::unknown_webhook();
        return modify_webhook(call, *hook, true);
    });
    router.add("DELETE", "/webhooks/{webhook_id}", "", [](Call& call) {
        if (!call.world().webhook(call.id("webhook_id"))) throw api_errors::unknown_webhook();
        return delete_webhook(call, call.id("webhook_id"));
    });

    // Token routes: no Authorization needed; the token is the credential.
    auto token_route = [&router](const char* method, std::string pattern, const char* group,
                                 Handler handler) {
        Route& route = router.add(method, std::move(pattern), group, std::move(handler));
        route.authenticated = false;
    };
    token_route("GET", "/webhooks/{webhook_id}/{webhook_token}", "", [](Call& call) {
        const Poster poster = resolve(call);
        if (poster.interaction) throw api_errors::unknown_webhook();
        return Response::json(200, public_view(*call.world().webhook(poster.webhook_id), false));
    });
    token_route("PATCH", "/webhooks/{webhook_id}/{webhook_token}", "", [](Call& call) {
        const Poster poster = resolve(call);
        if (poster.interaction) throw api_errors::unknown_webhook();
        return modify_webhook(call, *call.world().webhook(poster.webhook_id), false);
    });
    token_route("DELETE", "/webhooks/{webhook_id}/{webhook_token}", "", [](Call& call) {
        const Poster poster = resolve(call);
        if (poster.interaction) throw api_errors::unknown_webhook();
        return delete_webhook(call, poster.webhook_id);
    });
    token_route(
        "POST", "/webhooks/{webhook_id}/{webhook_token}", "webhook_execute", [](Call& call) {
            const Poster poster = resolve(call);
            const auto& body = call.body();
            FormErrors errors;
            auto username = errors.string(body, "username", 1, 80, false);
            errors.string(body, "avatar_url", 0, 2048, false);
            errors.raise_if_any();
            json::object author = poster.author;
            if (username && !poster.interaction) author["username"] = *username;
            json::object& m = create_message(call, poster.channel, body, author, poster.webhook_id);
            announce_message(call, "MESSAGE_CREATE", m);
            // Follow-ups always answer with the message; plain webhooks only with ?wait=true.
            if (poster.interaction || call.query_bool("wait")) return Response::json(200, m);
            return Response::no_content();
        });
    // Slack's incoming webhook format, turned into a Discord message (webhook.mdx "Execute
    // Slack-Compatible Webhook"): text becomes the content, each attachment an embed.
    token_route(
        "POST", "/webhooks/{webhook_id}/{webhook_token}/slack", "webhook_execute", [](Call& call) {
            const Poster poster = resolve(call);
            if (poster.interaction) throw api_errors::unknown_webhook();
            json::object body = slack_to_message(call.body());
            json::object author = poster.author;
            if (const auto* name = call.body().if_contains("username");
                name && name->is_string() && !name->get_string().empty()) {
                author["username"] = *name;
            }
            json::object& m = create_message(call, poster.channel, body, author, poster.webhook_id);
            announce_message(call, "MESSAGE_CREATE", m);
            return Response::json(200, "ok");  // Slack's own answer
        });
    // GitHub's deliveries: the event is named by the X-GitHub-Event header; supported ones
    // become an embed posted as the webhook, the others are accepted and dropped (204).
    token_route("POST", "/webhooks/{webhook_id}/{webhook_token}/github", "webhook_execute",
                [](Call& call) {
                    const Poster poster = resolve(call);
                    if (poster.interaction) throw api_errors::unknown_webhook();
                    const std::string* event = call.request().header("x-github-event");
                    auto body = github_to_message(event ? *event : std::string_view(), call.body());
                    if (!body) return Response::no_content();
                    json::object author = poster.author;
                    author["username"] = "GitHub";
                    json::object& m =
                        create_message(call, poster.channel, *body, author, poster.webhook_id);
                    announce_message(call, "MESSAGE_CREATE", m);
                    return Response::no_content();
                });
    const std::string message_path = "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}";
    token_route("GET", message_path, "", [](Call& call) {
        const Poster poster = resolve(call);
        return Response::json(200, own_message(call, poster));
    });
    token_route("PATCH", message_path, "webhook_execute", [](Call& call) {
        const Poster poster = resolve(call);
        json::object& m = own_message(call, poster);
        // Editing a deferred response ends its "thinking" state.
        if (m.contains("flags") && m.at("flags").is_int64())
            m["flags"] = m.at("flags").get_int64() & ~(1 << 7);
        edit_message(call, m, call.body());
        announce_message(call, "MESSAGE_UPDATE", m);
        return Response::json(200, m);
    });
    token_route("DELETE", message_path, "webhook_execute", [](Call& call) {
        const Poster poster = resolve(call);
        json::object& m = own_message(call, poster);
        const Snowflake id = Snowflake::parse(m.at("id").as_string());
        call.world().remove_message(poster.channel, id);
        const auto* channel = call.world().channel(poster.channel);
        json::object data{{"id", id.to_string()}, {"channel_id", poster.channel.to_string()}};
        const auto guild = channel ? guild_of(*channel) : std::nullopt;
        if (guild) data["guild_id"] = guild->to_string();
        call.emit("MESSAGE_DELETE", std::move(data), guild, intents::guild_messages);
        return Response::no_content();
    });
}

}  // namespace hikari::sandbox
