// Messages: list (before/after/around/limit), get, create (JSON or multipart), edit, delete
// and bulk delete.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <set>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

Response list_messages(Call& call) {
    text_channel_or_404(call);
    const Snowflake channel = call.id("channel_id");
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 50));
    const auto before = call.query_id("before");
    const auto after = call.query_id("after");
    const auto around = call.query_id("around");
    const auto& all = call.world().messages(channel);
    std::vector<const json::object*> picked;  // newest first, as Discord returns them
    if (around) {
        // Up to limit/2 older messages, the message itself if present, and newer ones.
        std::vector<const json::object*> newer;
        std::vector<const json::object*> older;
        for (auto it = all.upper_bound(*around); it != all.end() && newer.size() < limit / 2;
             ++it) {
            newer.push_back(&it->second);
        }
        auto at = all.find(*around);
        const std::size_t room = limit - newer.size() - (at != all.end() ? 1 : 0);
        for (auto it = std::make_reverse_iterator(all.lower_bound(*around));
             it != all.rend() && older.size() < room; ++it) {
            older.push_back(&it->second);
        }
        picked.assign(newer.rbegin(), newer.rend());
        if (at != all.end()) picked.push_back(&at->second);
        picked.insert(picked.end(), older.begin(), older.end());
    } else if (after) {
        std::vector<const json::object*> oldest_first;
        for (auto it = all.upper_bound(*after); it != all.end() && oldest_first.size() < limit;
             ++it) {
            oldest_first.push_back(&it->second);
        }
        picked.assign(oldest_first.rbegin(), oldest_first.rend());
    } else {
        auto end = before ? all.lower_bound(*before) : all.end();
        for (auto it = std::make_reverse_iterator(end); it != all.rend() && picked.size() < limit;
             ++it) {
            picked.push_back(&it->second);
        }
    }
    json::array out;
    for (const auto* m : picked) {
        json::object copy = *m;
        auto reactions = call.world().reaction_summary(Snowflake::parse(m->at("id").as_string()));
        if (!reactions.empty()) copy["reactions"] = std::move(reactions);
        out.push_back(std::move(copy));
    }
    return Response::json(200, out);
}

json::object with_reactions(World& world, const json::object& message) {
    json::object copy = message;
    auto reactions = world.reaction_summary(Snowflake::parse(message.at("id").as_string()));
    if (!reactions.empty()) copy["reactions"] = std::move(reactions);
    return copy;
}

}  // namespace

void add_message_routes(Router& router) {
    router.add("GET", "/channels/{channel_id}/messages", "message_read", list_messages);
    router.add(
        "GET", "/channels/{channel_id}/messages/{message_id}", "message_read", [](Call& call) {
            text_channel_or_404(call);
            const auto& m = message_or_404(call, call.id("channel_id"), call.id("message_id"));
            return Response::json(200, with_reactions(call.world(), m));
        });
    router.add("POST", "/channels/{channel_id}/messages", "message_create", [](Call& call) {
        text_channel_or_404(call);
        World& world = call.world();
        const auto& m = create_message(call, call.id("channel_id"), call.body(), world.bot_user());
        announce_message(call, "MESSAGE_CREATE", m);
        return Response::json(200, m);
    });
    router.add("PATCH", "/channels/{channel_id}/messages/{message_id}", "message_edit",
               [](Call& call) {
                   text_channel_or_404(call);
                   auto& m = message_or_404(call, call.id("channel_id"), call.id("message_id"));
                   if (m.at("author").at("id") != json::value(call.world().bot_id().to_string())) {
                       throw ApiError(403, 50005, "Cannot edit a message authored by another user");
                   }
                   edit_message(call, m, call.body());
                   announce_message(call, "MESSAGE_UPDATE", m);
                   return Response::json(200, with_reactions(call.world(), m));
               });
    router.add(
        "DELETE", "/channels/{channel_id}/messages/{message_id}", "message_delete", [](Call& call) {
            const json::object& channel = text_channel_or_404(call);
            const Snowflake channel_id = call.id("channel_id");
            const Snowflake id = call.id("message_id");
            message_or_404(call, channel_id, id);
            call.world().remove_message(channel_id, id);
            json::object data{{"id", id.to_string()}, {"channel_id", channel_id.to_string()}};
            const auto guild = guild_of(channel);
            if (guild) data["guild_id"] = guild->to_string();
            call.emit("MESSAGE_DELETE", std::move(data), guild,
                      message_intent(channel, intents::guild_messages, intents::direct_messages));
            return Response::no_content();
        });
    router.add(
        "POST", "/channels/{channel_id}/messages/bulk-delete", "bulk_delete", [](Call& call) {
            const json::object& channel = text_channel_or_404(call);
            const Snowflake channel_id = call.id("channel_id");
            const auto& body = call.body();
            const auto* list = body.if_contains("messages");
            if (!list || !list->is_array()) {
                raise_field_error("messages", list ? "BASE_TYPE_ARRAY" : "BASE_TYPE_REQUIRED",
                                  list ? "Must be an array." : "This field is required");
            }
            const auto& ids = list->get_array();
            if (ids.size() < 2 || ids.size() > 100) throw api_errors::bulk_delete_count();
            FormErrors errors;
            std::set<Snowflake> unique;
            const auto too_old = std::chrono::system_clock::now() - std::chrono::days(14);
            bool old = false;
            for (std::size_t i = 0; i < ids.size(); ++i) {
                std::optional<Snowflake> id;
                if (ids[i].is_string()) id = Snowflake::try_parse(ids[i].get_string());
                if (!id) {
                    errors.add("messages." + std::to_string(i), "NUMBER_TYPE_COERCE",
                               "Value \"" + json::serialize(ids[i]) + "\" is not snowflake.");
                    continue;
                }
                if (id->created_at() < too_old) old = true;
                unique.insert(*id);
            }
            errors.raise_if_any();
            if (old) throw api_errors::bulk_delete_too_old();
            json::array deleted;
            for (const Snowflake id : unique) {
                if (call.world().remove_message(channel_id, id))
                    deleted.push_back(json::value(id.to_string()));
            }
            json::object data{{"ids", std::move(deleted)}, {"channel_id", channel_id.to_string()}};
            const auto guild = guild_of(channel);
            if (guild) data["guild_id"] = guild->to_string();
            call.emit("MESSAGE_DELETE_BULK", std::move(data), guild, intents::guild_messages);
            return Response::no_content();
        });
}

}  // namespace hikari::sandbox
