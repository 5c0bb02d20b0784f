// Interactions and webhooks beyond the basics against the sandbox: autocomplete and modal
// responses, the original response and follow-ups one at a time, webhook edits with and
// without the token, token fetch/delete, the guild's webhooks and webhook messages.

#include "sandbox_fixture.hpp"

#include <hikari/model/entity_factory.hpp>

#include <algorithm>

namespace hikari::testing {
namespace {

class WebhooksInteractionsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    struct Pending {
        Snowflake id;
        std::string token;
    };
    Pending interaction() {
        const auto made = control("POST", "/interactions", {{"channel_id", channel_.to_string()}});
        return {Snowflake::parse(made.at("id").as_string()),
                std::string(made.at("token").as_string())};
    }
};

TEST_F(WebhooksInteractionsTest, AutocompleteChoicesAreSentAndChecked) {
    const auto i = interaction();
    std::vector<ApplicationCommandOptionChoice> choices(2);
    choices[0].name = "one";
    choices[0].value = ChoiceValue(std::string("1"));
    choices[1].name = "two";
    choices[1].value = ChoiceValue(std::int64_t{2});
    run(rest_->create_autocomplete_response(i.id, i.token, choices));
    EXPECT_EQ(sandbox_calls("POST /interactions/{interaction_id}/{interaction_token}/callback"),
              1U);
    // Acknowledged once only.
    EXPECT_THROW(run(rest_->create_autocomplete_response(i.id, i.token, choices)), BadRequestError);
    const auto other = interaction();
    EXPECT_THROW(run(rest_->create_autocomplete_response(
                     other.id, other.token, std::vector<ApplicationCommandOptionChoice>(26))),
                 ValueError);
    // A choice without a name: the sandbox answers as Discord does.
    std::vector<ApplicationCommandOptionChoice> unnamed(1);
    unnamed[0].value = ChoiceValue(std::string("x"));
    EXPECT_THROW(run(rest_->create_autocomplete_response(other.id, other.token, unnamed)),
                 BadRequestError);
}

TEST_F(WebhooksInteractionsTest, ModalResponse) {
    const auto i = interaction();
    ModalResponse modal{
        .custom_id = "feedback",
        .title = "Tell us",
        .components_json =
            R"([{"type":1,"components":[{"type":4,"custom_id":"text","label":"Text","style":1}]}])"};
    run(rest_->create_modal_response(i.id, i.token, modal));
    const auto other = interaction();
    ModalResponse untitled{.custom_id = "x", .title = "", .components_json = "[]"};
    EXPECT_THROW(run(rest_->create_modal_response(other.id, other.token, untitled)), ValueError);
    ModalResponse empty{.custom_id = "x", .title = "t", .components_json = "[]"};
    EXPECT_THROW(run(rest_->create_modal_response(other.id, other.token, empty)), BadRequestError);
}

TEST_F(WebhooksInteractionsTest, ResponsesAsModelsOfEveryKind) {
    // A message, with an embed and flags from the model.
    const auto message = interaction();
    InteractionResponse reply{.type = InteractionResponseType::channel_message_with_source};
    reply.data.emplace();
    reply.data->content = "typed";
    reply.data->embeds.emplace_back().title = "an embed";
    run(rest_->create_interaction_response(message.id, message.token, reply));
    const Message original = run(rest_->fetch_interaction_response(application_, message.token));
    EXPECT_EQ(original.content, "typed");
    ASSERT_EQ(original.embeds.size(), 1U);
    EXPECT_EQ(original.embeds[0].title, "an embed");

    // Autocomplete choices and a modal.
    const auto complete = interaction();
    InteractionResponse choices{
        .type = InteractionResponseType::application_command_autocomplete_result};
    choices.data.emplace().choices.resize(1);
    choices.data->choices[0].name = "one";
    choices.data->choices[0].value = ChoiceValue(std::int64_t{1});
    run(rest_->create_interaction_response(complete.id, complete.token, choices));
    const auto modal_target = interaction();
    const auto modal = from_json<InteractionResponse>(
        R"({"type":9,"data":{"custom_id":"f","title":"Tell us","components":[{"type":1,)"
        R"("components":[{"type":4,"custom_id":"t","label":"Text","style":1}]}]}})");
    run(rest_->create_interaction_response(modal_target.id, modal_target.token, modal));
    EXPECT_EQ(sandbox_calls("POST /interactions/{interaction_id}/{interaction_token}/callback"),
              3U);

    // Discord's limits are checked before anything is sent.
    const auto checked = interaction();
    InteractionResponse too_many{
        .type = InteractionResponseType::application_command_autocomplete_result};
    too_many.data.emplace().choices.resize(26);
    EXPECT_THROW(run(rest_->create_interaction_response(checked.id, checked.token, too_many)),
                 ValueError);
    InteractionResponse untitled{.type = InteractionResponseType::modal};
    untitled.data.emplace().custom_id = "x";
    EXPECT_THROW(run(rest_->create_interaction_response(checked.id, checked.token, untitled)),
                 ValueError);
    EXPECT_EQ(sandbox_calls("POST /interactions/{interaction_id}/{interaction_token}/callback"),
              3U);

    // What the body carries is what the sandbox checks: a modal without components is refused
    // with the field named, as Discord does.
    const auto refused = interaction();
    InteractionResponse empty_modal{.type = InteractionResponseType::modal};
    empty_modal.data.emplace();
    empty_modal.data->custom_id = "x";
    empty_modal.data->title = "t";
    try {
        run(rest_->create_interaction_response(refused.id, refused.token, empty_modal));
        ADD_FAILURE() << "a modal without components was accepted";
    } catch (const BadRequestError& error) {
        EXPECT_NE(std::string(error.what()).find("components"), std::string::npos) << error.what();
    }
}

TEST_F(WebhooksInteractionsTest, OriginalResponseAndFollowupsOneAtATime) {
    const auto i = interaction();
    run(rest_->create_interaction_response(i.id, i.token, 4, {.content = "first"}));
    const Message original = run(rest_->fetch_interaction_response(application_, i.token));
    EXPECT_EQ(original.content, "first");

    const Message followup =
        run(rest_->create_followup_message(application_, i.token, {.content = "more"}));
    EXPECT_EQ(run(rest_->fetch_followup_message(application_, i.token, followup.id)).content,
              "more");
    const Message edited =
        run(rest_->edit_followup_message(application_, i.token, followup.id, {.content = "more!"}));
    EXPECT_EQ(edited.content, "more!");
    run(rest_->delete_followup_message(application_, i.token, followup.id));
    EXPECT_THROW(run(rest_->fetch_followup_message(application_, i.token, followup.id)),
                 NotFoundError);
    EXPECT_THROW(run(rest_->fetch_interaction_response(application_, "")), ValueError);
}

TEST_F(WebhooksInteractionsTest, WebhookEditsTokenRoutesAndGuildList) {
    const Webhook hook = run(rest_->create_webhook(channel_, "hook"));
    ASSERT_TRUE(hook.token.has_value());
    const std::string token = *hook.token;

    // With the bot's authorization: rename and move.
    const auto channels = run(rest_->fetch_guild_channels(guild_));
    const auto other = std::find_if(channels.begin(), channels.end(), [&](const Channel& c) {
        return c.id != channel_ && c.type == ChannelType::guild_text;
    });
    ASSERT_NE(other, channels.end());
    WebhookEditOptions move;
    move.name = "moved";
    move.channel_id = other->id;
    const Webhook moved = run(rest_->edit_webhook(hook.id, move, std::nullopt, "reorganise"));
    EXPECT_EQ(moved.name, std::optional<std::string>("moved"));
    EXPECT_EQ(moved.channel_id, std::optional<Snowflake>(other->id));
    const auto audit = run(rest_->fetch_audit_log(guild_).collect());
    ASSERT_FALSE(audit.empty());
    EXPECT_EQ(audit[0].action_type, AuditLogEvent::webhook_update);
    EXPECT_EQ(audit[0].reason, std::optional<std::string>("reorganise"));

    // With the token: rename only, and the token is not echoed.
    WebhookEditOptions rename;
    rename.name = "renamed";
    const Webhook renamed = run(rest_->edit_webhook(hook.id, rename, token));
    EXPECT_EQ(renamed.name, std::optional<std::string>("renamed"));
    EXPECT_FALSE(renamed.token.has_value());
    EXPECT_THROW(run(rest_->edit_webhook(hook.id, move, token)), ValueError);
    EXPECT_THROW(run(rest_->edit_webhook(hook.id, rename, std::string("wrong"))),
                 ClientHTTPResponseError);

    EXPECT_EQ(run(rest_->fetch_webhook_with_token(hook.id, token)).name,
              std::optional<std::string>("renamed"));
    const auto in_guild = run(rest_->fetch_guild_webhooks(guild_));
    EXPECT_TRUE(std::any_of(in_guild.begin(), in_guild.end(),
                            [&](const Webhook& w) { return w.id == hook.id; }));

    // Webhook messages.
    const auto posted = run(rest_->execute_webhook(hook.id, token, {.content = "hello"}));
    ASSERT_TRUE(posted.has_value());
    EXPECT_EQ(run(rest_->fetch_webhook_message(hook.id, token, posted->id)).content, "hello");
    EXPECT_EQ(
        run(rest_->edit_webhook_message(hook.id, token, posted->id, {.content = "bye"})).content,
        "bye");
    run(rest_->delete_webhook_message(hook.id, token, posted->id));
    EXPECT_THROW(run(rest_->fetch_webhook_message(hook.id, token, posted->id)), NotFoundError);

    run(rest_->delete_webhook_with_token(hook.id, token));
    EXPECT_THROW(run(rest_->fetch_webhook(hook.id)), NotFoundError);
}

}  // namespace
}  // namespace hikari::testing
