#pragma once
// Bodies of the message-creating endpoints: JSON, or multipart/form-data (payload_json and
// files[n]) when files are attached.

#include "rest/http/http_message.hpp"
#include "rest/http/multipart.hpp"

#include <hikari/model/json_writer.hpp>
#include <hikari/rest/message_options.hpp>

#include <functional>

namespace hikari::rest {

/// Throws ValueError for content over 2000 characters, more than 10 embeds or 10 files, or
/// a poll whose duration or answers are out of range.
[[nodiscard]] http::Body message_create_body(const MessageCreateOptions& options);
/// A forum or media post: `thread_fields` writes the thread's fields into the open object,
/// the message goes under "message", its files as multipart parts.
[[nodiscard]] http::Body forum_post_body(const std::function<void(JsonWriter&)>& thread_fields,
                                         const MessageCreateOptions& message);
[[nodiscard]] http::Body message_edit_body(const MessageEditOptions& options);
/// A file as the multipart part `name`; a file on disk is streamed when sent. ValueError when
/// its size cannot be read.
[[nodiscard]] http::MultipartPart file_part(std::string name, const FileUpload& file);
/// The create body wrapped as an interaction response of `type`.
[[nodiscard]] http::Body interaction_response_body(int type, const MessageCreateOptions& options);

}  // namespace hikari::rest
