// Interactions and webhooks beyond the basics: autocomplete and modal responses, the
// original response and follow-ups one at a time, webhook edits, token routes and messages.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/message_body.hpp"

#include <functional>

namespace hikari {

using namespace rest;

namespace {

void check_token(const std::string& token) {
    if (token.empty()) throw ValueError("the webhook or interaction token must not be empty");
}

http::Body callback_body(int type, const std::function<void(JsonWriter&)>& data) {
    JsonWriter w;
    w.begin_object().key("type").number(static_cast<std::int64_t>(type)).key("data");
    data(w);
    w.end_object();
    return json_body(std::move(w));
}

RequestSpec with_thread(RequestSpec s, std::optional<Snowflake> thread_id) {
    if (thread_id) s.query.emplace_back("thread_id", id(*thread_id));
    return s;
}

}  // namespace

Task<void> RESTClient::create_autocomplete_response(
    Snowflake interaction, std::string token, std::vector<ApplicationCommandOptionChoice> choices) {
    // The model overload writes the body and checks the limits.
    InteractionResponse response{
        .type = InteractionResponseType::application_command_autocomplete_result};
    response.data.emplace().choices = std::move(choices);
    co_await create_interaction_response(interaction, std::move(token), std::move(response));
}

Task<void> RESTClient::create_modal_response(Snowflake interaction, std::string token,
                                             ModalResponse modal) {
    check_token(token);
    if (modal.custom_id.empty() || modal.custom_id.size() > 100) {
        throw ValueError("a modal custom_id must be 1 to 100 characters");
    }
    if (modal.title.empty() || modal.title.size() > 45) {
        throw ValueError("a modal title must be 1 to 45 characters");
    }
    auto body = callback_body(9, [&](JsonWriter& w) {
        w.begin_object().key("custom_id").string(modal.custom_id).key("title").string(modal.title);
        w.key("components").raw(modal.components_json.empty() ? "[]" : modal.components_json);
        w.end_object();
    });
    auto request_spec =
        with_body(spec(routes::post_interaction_callback, {interaction, token}), std::move(body));
    co_await impl_->request(std::move(request_spec));
}

Task<Message> RESTClient::fetch_interaction_response(Snowflake application, std::string token) {
    check_token(token);
    return impl_->request_model<Message>(spec(routes::get_original_response, {application, token}));
}

Task<Message> RESTClient::fetch_followup_message(Snowflake application, std::string token,
                                                 Snowflake message) {
    check_token(token);
    return impl_->request_model<Message>(spec(routes::get_followup, {application, token, message}));
}

Task<Message> RESTClient::edit_followup_message(Snowflake application, std::string token,
                                                Snowflake message, MessageEditOptions options) {
    check_token(token);
    return impl_->request_model<Message>(with_body(
        spec(routes::patch_followup, {application, token, message}), message_edit_body(options)));
}

Task<void> RESTClient::delete_followup_message(Snowflake application, std::string token,
                                               Snowflake message) {
    check_token(token);
    auto request_spec = spec(routes::delete_followup, {application, token, message});
    co_await impl_->request(std::move(request_spec));
}

Task<Webhook> RESTClient::edit_webhook(Snowflake webhook, WebhookEditOptions o,
                                       std::optional<std::string> token,
                                       std::optional<std::string> reason) {
    if (token) check_token(*token);
    if (token && o.channel_id.has_value()) {
        throw ValueError("a webhook cannot change channel when edited with its token");
    }
    if (o.name.has_value() && (o.name->empty() || o.name->size() > 80)) {
        throw ValueError("a webhook name must be 1 to 80 characters");
    }
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "avatar", o.avatar, write_string);
    put(w, "channel_id", o.channel_id, write_id);
    w.end_object();
    auto s = token ? spec(routes::patch_webhook_with_token, {webhook, *token}, std::move(reason))
                   : spec(routes::patch_webhook, {webhook}, std::move(reason));
    auto request_spec = with_body(std::move(s), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_webhook(response.body);
}

Task<Webhook> RESTClient::fetch_webhook_with_token(Snowflake webhook, std::string token) {
    check_token(token);
    auto request_spec = spec(routes::get_webhook_with_token, {webhook, token});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_webhook(response.body);
}

Task<std::vector<Webhook>> RESTClient::fetch_guild_webhooks(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_webhooks, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Webhook>(response.body);
}

Task<void> RESTClient::delete_webhook_with_token(Snowflake webhook, std::string token) {
    check_token(token);
    auto request_spec = spec(routes::delete_webhook_with_token, {webhook, token});
    co_await impl_->request(std::move(request_spec));
}

Task<Message> RESTClient::fetch_webhook_message(Snowflake webhook, std::string token,
                                                Snowflake message,
                                                std::optional<Snowflake> thread_id) {
    check_token(token);
    return impl_->request_model<Message>(
        with_thread(spec(routes::get_webhook_message, {webhook, token, message}), thread_id));
}

Task<Message> RESTClient::edit_webhook_message(Snowflake webhook, std::string token,
                                               Snowflake message, MessageEditOptions options,
                                               std::optional<Snowflake> thread_id) {
    check_token(token);
    return impl_->request_model<Message>(
        with_thread(with_body(spec(routes::patch_webhook_message, {webhook, token, message}),
                              message_edit_body(options)),
                    thread_id));
}

Task<void> RESTClient::delete_webhook_message(Snowflake webhook, std::string token,
                                              Snowflake message,
                                              std::optional<Snowflake> thread_id) {
    check_token(token);
    auto request_spec =
        with_thread(spec(routes::delete_webhook_message, {webhook, token, message}), thread_id);
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
