#pragma once
// Arguments of create_message / edit_message and the webhook and interaction equivalents.
// Undefined fields are left out of the request; none sends null (clears the field).

#include <hikari/model/allowed_mentions.hpp>
#include <hikari/model/component.hpp>
#include <hikari/model/embed.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/poll.hpp>
#include <hikari/rest/file_upload.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hikari {

struct MessageCreateOptions {
    UndefinedOr<std::string> content = {};
    UndefinedOr<std::vector<Embed>> embeds = {};
    UndefinedOr<std::vector<Component>> components = {};
    UndefinedOr<AllowedMentions> allowed_mentions = {};
    /// Reply to this message (in the same channel).
    UndefinedOr<Snowflake> reply = {};
    /// With reply: fail if the replied-to message no longer exists (default true on Discord).
    UndefinedOr<bool> reply_must_exist = {};
    std::vector<FileUpload> attachments = {};
    UndefinedOr<bool> tts = {};
    UndefinedOr<MessageFlags> flags = {};
    UndefinedOr<std::vector<Snowflake>> sticker_ids = {};
    UndefinedOr<std::string> nonce = {};
    UndefinedOr<bool> enforce_nonce = {};
    UndefinedOr<PollCreate> poll = {};
};

struct MessageEditOptions {
    UndefinedNoneOr<std::string> content = {};
    UndefinedNoneOr<std::vector<Embed>> embeds = {};
    UndefinedNoneOr<std::vector<Component>> components = {};
    UndefinedNoneOr<AllowedMentions> allowed_mentions = {};
    UndefinedNoneOr<MessageFlags> flags = {};
    /// New files to add.
    std::vector<FileUpload> attachments = {};
    /// Existing attachments to keep (others are removed); undefined keeps them all.
    UndefinedOr<std::vector<Snowflake>> keep_attachments = {};
};

}  // namespace hikari
