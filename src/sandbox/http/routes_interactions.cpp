// POST /interactions/{id}/{token}/callback: answering an interaction (no Authorization, not
// bound by the global limit). Follow-ups use the webhook routes (routes_webhooks.cpp).

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/state/entities.hpp"

namespace hikari::sandbox {

namespace json = boost::json;

void add_interaction_routes(Router& router) {
    Route& callback = router.add(
        "POST", "/interactions/{interaction_id}/{interaction_token}/callback",
        "interaction_callback", [](Call& call) {
            World& world = call.world();
            const Snowflake id = call.id("interaction_id");
            const std::string& token = call.param("interaction_token");
            if (!world.interaction_known(id, token)) throw api_errors::unknown_interaction();
            const auto& body = call.body();
            FormErrors errors;
            const auto type = errors.integer(body, "type", 1, 12, true);
            if (type && (*type == 2 || *type == 3 || (*type >= 10 && *type != 12))) {
                errors.add("type", "BASE_TYPE_CHOICES",
                           "Value must be one of {1, 4, 5, 6, 7, 8, 9, 12}.");
            }
            const json::object* data = nullptr;
            if (const auto* d = body.if_contains("data"); d && !d->is_null()) {
                if (d->is_object()) {
                    data = &d->get_object();
                } else {
                    errors.add("data", "MODEL_TYPE_CONVERT",
                               "Only dictionaries may be used in a ModelType");
                }
            }
            if (type && *type == 8) {
                // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT: up to 25 choices.
                const auto* choices = data ? data->if_contains("choices") : nullptr;
                if (!choices || !choices->is_array()) {
                    errors.add("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
                } else if (choices->get_array().size() > 25) {
                    errors.add("data.choices", "BASE_TYPE_MAX_LENGTH",
                               "Must be 25 or fewer in length.");
                } else {
                    for (std::size_t i = 0; i < choices->get_array().size(); ++i) {
                        const std::string path = "data.choices." + std::to_string(i);
                        const auto& c = choices->get_array()[i];
                        if (!c.is_object() || !c.get_object().contains("value")) {
                            errors.add(path, "BASE_TYPE_REQUIRED", "This field is required");
                            continue;
                        }
                        errors.string(c.get_object(), "name", 1, 100, true, path);
                    }
                }
            }
            if (type && *type == 9) {
                // MODAL: custom_id, title and 1-5 components.
                const json::object empty;
                const json::object& modal = data ? *data : empty;
                errors.string(modal, "custom_id", 1, 100, true, "data");
                errors.string(modal, "title", 1, 45, true, "data");
                const auto* components = modal.if_contains("components");
                if (!components || !components->is_array() || components->get_array().empty() ||
                    components->get_array().size() > 5) {
                    errors.add("data.components", "BASE_TYPE_BAD_LENGTH",
                               "Must be between 1 and 5 in length.");
                }
            }
            errors.raise_if_any();
            if (world.interaction_responded(id)) throw api_errors::already_acknowledged();
            const Snowflake channel = *world.interaction_channel(token);
            if (*type == 4 || *type == 5) {
                json::object* message = nullptr;
                if (*type == 4) {
                    message = &create_message(call, channel, data ? *data : json::object{},
                                              world.bot_user(), world.application_id());
                } else {
                    // A deferred response shows "thinking" until @original is edited.
                    json::object thinking =
                        entities::message(world.next_id(), channel, world.bot_user(), "");
                    thinking["flags"] = 1 << 7;  // LOADING
                    thinking["webhook_id"] = world.application_id().to_string();
                    message = &world.add_message(channel, std::move(thinking));
                }
                (*message)["type"] = 20;  // CHAT_INPUT_COMMAND
                // docs/resources/message.mdx "Message Interaction Metadata Object".
                json::object metadata{{"id", id.to_string()}, {"type", 2}};
                json::object owners;
                if (const auto* c = world.channel(channel); c && c->contains("guild_id")) {
                    owners["0"] = c->at("guild_id");  // installed to the guild
                }
                metadata["authorizing_integration_owners"] = std::move(owners);
                if (auto user = world.interaction_user(token)) {
                    if (const auto* u = world.user(*user)) metadata["user"] = *u;
                }
                (*message)["interaction_metadata"] = std::move(metadata);
                world.set_interaction_original(token,
                                               Snowflake::parse(message->at("id").as_string()));
                announce_message(call, "MESSAGE_CREATE", *message);
            }
            // Only a response that went through acknowledges the interaction.
            world.mark_interaction_responded(id);
            if (call.query_bool("with_response")) {
                json::object out{
                    {"interaction", json::object{{"id", id.to_string()},
                                                 {"type", 2},
                                                 {"response_message_loading", *type == 5},
                                                 {"response_message_ephemeral", false}}}};
                if (auto original = world.interaction_original(token)) {
                    if (const auto* m = world.message(channel, *original)) {
                        out["resource"] = json::object{{"type", *type}, {"message", *m}};
                    }
                }
                return Response::json(200, out);
            }
            return Response::no_content();
        });
    callback.authenticated = false;
    callback.global_limited = false;
}

}  // namespace hikari::sandbox
