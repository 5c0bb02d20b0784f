// Objects that requests send (and interaction responses carry) whose wire form differs from
// the struct a caller fills in: allowed mentions and the poll create request.

#include "model/fields/message_fields.hpp"
#include "model/json/document.hpp"

namespace hikari::json {

void Codec<AllowedMentions>::read(Value& v, AllowedMentions& out) {
    const DepthGuard guard;
    out = {};
    for_each_field(v, [&](std::string_view key, Value& value) {
        if (key == "parse") {
            if (is_null(value)) return;
            for_each_element(value, [&](Value& element) {
                const std::string_view kind = read_string_view(element);
                if (kind == "everyone") out.everyone = true;
                if (kind == "users") out.all_users = true;
                if (kind == "roles") out.all_roles = true;
            });
        } else if (key == "users") {
            read_value<DefaultCodec>(value, out.users);
        } else if (key == "roles") {
            read_value<DefaultCodec>(value, out.roles);
        } else if (key == "replied_user") {
            if (!is_null(value)) out.replied_user = read_bool(value);
        }
    });
}

void Codec<AllowedMentions>::write(JsonWriter& w, const AllowedMentions& in) {
    w.begin_object().key("parse").begin_array();
    if (in.everyone) w.string("everyone");
    if (in.all_users) w.string("users");
    if (in.all_roles) w.string("roles");
    w.end_array();
    // Discord refuses a kind both in parse and listed; a list only counts without its kind.
    if (!in.all_users && !in.users.empty()) w.key("users"), write_value<DefaultCodec>(w, in.users);
    if (!in.all_roles && !in.roles.empty()) w.key("roles"), write_value<DefaultCodec>(w, in.roles);
    w.key("replied_user").boolean(in.replied_user);
    w.end_object();
}

namespace {

/// {"text":..,"emoji":{"id":..,"name":..}} into an answer (or, without emoji, a question).
void read_media(Value& v, std::string& text, PollCreate::Answer* answer) {
    const DepthGuard guard;
    bool has_text = false;
    for_each_field(v, [&](std::string_view key, Value& value) {
        if (key == "text") {
            text = read_string_view(value);
            has_text = true;
        } else if (key == "emoji" && answer != nullptr && !is_null(value)) {
            PartialEmoji emoji;
            read_value<DefaultCodec>(value, emoji);
            if (emoji.id.has_value()) {
                answer->emoji_id = *emoji.id;
            } else if (emoji.name.has_value()) {
                answer->emoji = *emoji.name;
            }
        }
    });
    if (!has_text) fail_missing("text");
}

}  // namespace

void Codec<PollCreate>::read(Value& v, PollCreate& out) {
    const DepthGuard guard;
    out = {};
    bool has_question = false;
    bool has_answers = false;
    for_each_field(v, [&](std::string_view key, Value& value) {
        if (key == "question") {
            read_media(value, out.question, nullptr);
            has_question = true;
        } else if (key == "answers") {
            has_answers = true;
            for_each_element(value, [&](Value& element) {
                auto& answer = out.answers.emplace_back();
                bool has_media = false;
                for_each_field(element, [&](std::string_view answer_key, Value& field) {
                    if (answer_key != "poll_media") return;
                    read_media(field, answer.text, &answer);
                    has_media = true;
                });
                if (!has_media) fail_missing("poll_media");
            });
        } else if (key == "duration") {
            out.duration_hours = read_integer<int>(value);
        } else if (key == "allow_multiselect") {
            out.allow_multiselect = read_bool(value);
        } else if (key == "layout_type") {
            if (!is_null(value))
                out.layout_type = PollLayoutType{read_integer<std::uint8_t>(value)};
        }
    });
    if (!has_question) fail_missing("question");
    if (!has_answers) fail_missing("answers");
}

void Codec<PollCreate>::write(JsonWriter& w, const PollCreate& in) {
    w.begin_object().key("question").begin_object().key("text").string(in.question).end_object();
    w.key("answers").begin_array();
    for (const auto& answer : in.answers) {
        w.begin_object().key("poll_media").begin_object().key("text").string(answer.text);
        if (answer.emoji || answer.emoji_id) {
            w.key("emoji").begin_object();
            if (answer.emoji_id) w.key("id"), write_value<DefaultCodec>(w, *answer.emoji_id);
            if (answer.emoji) w.key("name").string(*answer.emoji);
            w.end_object();
        }
        w.end_object().end_object();
    }
    w.end_array();
    w.key("duration").number(static_cast<std::int64_t>(in.duration_hours));
    w.key("allow_multiselect").boolean(in.allow_multiselect);
    if (in.layout_type) {
        w.key("layout_type").number(static_cast<std::int64_t>(*in.layout_type));
    }
    w.end_object();
}

}  // namespace hikari::json

HIKARI_MODEL_JSON(hikari::AllowedMentions);
HIKARI_MODEL_JSON(hikari::PollCreate);
