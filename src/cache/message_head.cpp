#include "cache/message_head.hpp"

#include "model/fields/user_fields.hpp"
#include "model/json/document.hpp"

namespace hikari::cache_detail {

namespace {

/// The head's fields in one pass over the message's top level. The fields it does not keep
/// are passed over by their brackets only: their text goes to the cache as it is, and it is
/// read (and checked) as a whole Message when someone asks the cache for it.
MessageHead read_head(json::Value& v) {
    MessageHead head;
    bool has_id = false;
    bool has_channel = false;
    bool has_author = false;
    json::for_each_field(v, [&](std::string_view key, json::Value& value) {
        if (key == "id") {
            json::read_value<json::DefaultCodec>(value, head.id);
            has_id = true;
        } else if (key == "channel_id") {
            json::read_value<json::DefaultCodec>(value, head.channel_id);
            has_channel = true;
        } else if (key == "guild_id") {
            json::read_value<json::DefaultCodec>(value, head.guild_id);
        } else if (key == "author") {
            json::read_value<json::DefaultCodec>(value, head.author);
            has_author = true;
        } else {
            value.skip_brackets();
        }
    });
    if (!has_id) json::fail_missing("id");
    if (!has_channel) json::fail_missing("channel_id");
    if (!has_author) json::fail_missing("author");
    return head;
}

}  // namespace

MessageHead read_message_head(std::string_view json) {
    try {
        std::optional<json::Value> offered = json::take_offered_index(json);
        json::Value root = offered ? *offered : json::index_document(json.data(), json.size());
        MessageHead head = read_head(root);
        if (!root.at_end()) json::fail("unexpected content after the JSON value");
        return head;
    } catch (const JsonError& error) {
        throw error.within_key("d");
    }
}

}  // namespace hikari::cache_detail
