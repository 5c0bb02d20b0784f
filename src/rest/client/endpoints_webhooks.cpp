// Webhooks, application commands and interaction responses.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/message_body.hpp"

#include <hikari/model/entity_factory.hpp>

namespace hikari {

using namespace rest;

namespace {

void check_token(const std::string& token) {
    if (token.empty()) throw ValueError("the webhook or interaction token must not be empty");
}

void write_command(JsonWriter& w, const CommandDefinition& c) {
    if (c.name.empty() || c.name.size() > 32) {
        throw ValueError("a command name must be 1 to 32 characters");
    }
    w.begin_object().key("name").string(c.name).key("type").number(
        static_cast<std::int64_t>(c.type));
    if (c.type == ApplicationCommandType::chat_input || !c.description.empty()) {
        w.key("description").string(c.description);
    }
    if (!c.options_json.empty()) w.key("options").raw(c.options_json);
    put(w, "default_member_permissions", c.default_member_permissions,
        [](JsonWriter& out, Permissions p) { out.string(std::to_string(p.value())); });
    put(w, "nsfw", c.nsfw, write_bool);
    w.end_object();
}

}  // namespace

Task<Webhook> RESTClient::create_webhook(Snowflake channel, std::string name,
                                         std::optional<std::string> reason) {
    if (name.empty() || name.size() > 80)
        throw ValueError("a webhook name must be 1 to 80 characters");
    JsonWriter w;
    w.begin_object().key("name").string(name).end_object();
    auto request_spec = with_body(spec(routes::post_channel_webhooks, {channel}, std::move(reason)),
                                  json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_webhook(response.body);
}

Task<Webhook> RESTClient::fetch_webhook(Snowflake webhook) {
    auto request_spec = spec(routes::get_webhook, {webhook});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_webhook(response.body);
}

Task<std::vector<Webhook>> RESTClient::fetch_channel_webhooks(Snowflake channel) {
    auto request_spec = spec(routes::get_channel_webhooks, {channel});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Webhook>(response.body);
}

Task<void> RESTClient::delete_webhook(Snowflake webhook, std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_webhook, {webhook}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<std::optional<Message>> RESTClient::execute_webhook(Snowflake webhook, std::string token,
                                                         MessageCreateOptions options, bool wait,
                                                         std::optional<Snowflake> thread_id) {
    check_token(token);
    auto s = with_body(spec(routes::post_webhook, {webhook, token}), message_create_body(options));
    s.query.emplace_back("wait", wait ? "true" : "false");
    if (thread_id) s.query.emplace_back("thread_id", id(*thread_id));
    auto response = co_await impl_->request(std::move(s));
    if (!wait || response.body.empty()) co_return std::nullopt;
    co_return from_json<Message>(response.body);
}

Task<void> RESTClient::execute_slack_webhook(Snowflake webhook, std::string token,
                                             std::string slack_payload_json, bool wait,
                                             std::optional<Snowflake> thread_id) {
    check_token(token);
    auto s = with_body(spec(routes::post_slack_webhook, {webhook, token}),
                       http::Body::of("application/json", std::move(slack_payload_json)));
    s.query.emplace_back("wait", wait ? "true" : "false");
    if (thread_id) s.query.emplace_back("thread_id", id(*thread_id));
    co_await impl_->request(std::move(s));
}

Task<void> RESTClient::execute_github_webhook(Snowflake webhook, std::string token,
                                              std::string event, std::string github_payload_json,
                                              bool wait, std::optional<Snowflake> thread_id) {
    check_token(token);
    if (event.empty()) throw ValueError("a GitHub delivery needs its event name");
    auto s = with_body(spec(routes::post_github_webhook, {webhook, token}),
                       http::Body::of("application/json", std::move(github_payload_json)));
    s.headers.emplace_back("X-GitHub-Event", std::move(event));
    s.query.emplace_back("wait", wait ? "true" : "false");
    if (thread_id) s.query.emplace_back("thread_id", id(*thread_id));
    co_await impl_->request(std::move(s));
}

Task<std::vector<ApplicationCommand>> RESTClient::fetch_application_commands(
    Snowflake application, std::optional<Snowflake> guild) {
    auto request_spec = guild ? spec(routes::get_guild_commands, {application, *guild})
                              : spec(routes::get_commands, {application});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<ApplicationCommand>(response.body);
}

Task<ApplicationCommand> RESTClient::create_application_command(Snowflake application,
                                                                CommandDefinition command,
                                                                std::optional<Snowflake> guild) {
    JsonWriter w;
    write_command(w, command);
    auto s = guild ? spec(routes::post_guild_command, {application, *guild})
                   : spec(routes::post_command, {application});
    auto request_spec = with_body(std::move(s), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_command(response.body);
}

Task<void> RESTClient::delete_application_command(Snowflake application, Snowflake command,
                                                  std::optional<Snowflake> guild) {
    auto request_spec = guild ? spec(routes::delete_guild_command, {application, *guild, command})
                              : spec(routes::delete_command, {application, command});
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<ApplicationCommand>> RESTClient::set_application_commands(
    Snowflake application, std::vector<CommandDefinition> commands,
    std::optional<Snowflake> guild) {
    JsonWriter w;
    w.begin_array();
    for (const auto& c : commands) write_command(w, c);
    w.end_array();
    auto s = guild ? spec(routes::put_guild_commands, {application, *guild})
                   : spec(routes::put_commands, {application});
    auto request_spec = with_body(std::move(s), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<ApplicationCommand>(response.body);
}

Task<void> RESTClient::create_interaction_response(Snowflake interaction, std::string token,
                                                   int type, MessageCreateOptions options) {
    check_token(token);
    static constexpr int known[] = {1, 4, 5, 6, 7, 8, 9, 10, 12};
    if (std::find(std::begin(known), std::end(known), type) == std::end(known)) {
        throw ValueError("unknown interaction response type " + std::to_string(type));
    }
    auto request_spec = with_body(spec(routes::post_interaction_callback, {interaction, token}),
                                  interaction_response_body(type, options));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::create_interaction_response(Snowflake interaction, std::string token,
                                                   InteractionResponse response) {
    check_token(token);
    // Discord's own limits on the shapes only this overload can send, refused before sending.
    if (response.data) {
        const InteractionCallbackData& data = *response.data;
        if (data.choices.size() > 25) {
            throw ValueError("an autocomplete answer has at most 25 choices");
        }
        if (response.type == InteractionResponseType::modal) {
            const auto custom_id = data.custom_id.value_or("");
            const auto title = data.title.value_or("");
            if (custom_id.empty() || custom_id.size() > 100) {
                throw ValueError("a modal custom_id must be 1 to 100 characters");
            }
            if (title.empty() || title.size() > 45) {
                throw ValueError("a modal title must be 1 to 45 characters");
            }
        }
    }
    auto request_spec = with_body(spec(routes::post_interaction_callback, {interaction, token}),
                                  http::Body::of("application/json", to_json(response)));
    co_await impl_->request(std::move(request_spec));
}

Task<Message> RESTClient::edit_interaction_response(Snowflake application, std::string token,
                                                    MessageEditOptions options) {
    check_token(token);
    return impl_->request_model<Message>(with_body(
        spec(routes::patch_original_response, {application, token}), message_edit_body(options)));
}

Task<void> RESTClient::delete_interaction_response(Snowflake application, std::string token) {
    check_token(token);
    auto request_spec = spec(routes::delete_original_response, {application, token});
    co_await impl_->request(std::move(request_spec));
}

Task<Message> RESTClient::create_followup_message(Snowflake application, std::string token,
                                                  MessageCreateOptions options) {
    check_token(token);
    auto s =
        with_body(spec(routes::post_followup, {application, token}), message_create_body(options));
    s.query.emplace_back("wait", "true");
    return impl_->request_model<Message>(std::move(s));
}

}  // namespace hikari
