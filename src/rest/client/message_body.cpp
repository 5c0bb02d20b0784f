#include "rest/client/message_body.hpp"

#include "rest/client/json_body.hpp"
#include "rest/http/multipart.hpp"

#include <hikari/model/entity_factory.hpp>

namespace hikari::rest {

namespace {

constexpr std::size_t max_content = 2000;
constexpr std::size_t max_embeds = 10;
constexpr std::size_t max_files = 10;

void write_mentions(JsonWriter& w, const AllowedMentions& m) {
    w.raw(to_json(m));
}

void write_embeds(JsonWriter& w, const std::vector<Embed>& embeds) {
    if (embeds.size() > max_embeds) throw ValueError("a message takes at most 10 embeds");
    w.begin_array();
    for (const auto& e : embeds) w.raw(to_json(e));
    w.end_array();
}

void write_components(JsonWriter& w, const std::vector<Component>& components) {
    w.begin_array();
    for (const auto& c : components) w.raw(to_json(c));
    w.end_array();
}

void write_poll(JsonWriter& w, const PollCreate& poll) {
    if (poll.duration_hours < 1 || poll.duration_hours > 768) {
        throw ValueError("poll duration must be 1 to 768 hours, not " +
                         std::to_string(poll.duration_hours));
    }
    if (poll.answers.empty() || poll.answers.size() > 10) {
        throw ValueError("a poll takes 1 to 10 answers");
    }
    w.raw(to_json(poll));
}

void check_content(const std::string& content) {
    // Discord counts characters (code points), not bytes.
    std::size_t count = 0;
    for (const char c : content) count += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    if (count > max_content) {
        throw ValueError("message content is " + std::to_string(count) +
                         " characters; Discord allows 2000");
    }
}

void write_new_attachments(JsonWriter& w, const std::vector<FileUpload>& files) {
    for (std::size_t i = 0; i < files.size(); ++i) {
        w.begin_object().key("id").number(static_cast<std::uint64_t>(i));
        w.key("filename").string(files[i].filename());
        if (files[i].description()) w.key("description").string(*files[i].description());
        w.end_object();
    }
}

}  // namespace

http::MultipartPart file_part(std::string name, const FileUpload& file) {
    http::MultipartPart part{std::move(name), file.filename(), file.content_type(), std::string()};
    if (const auto* bytes = std::get_if<std::string>(&file.source())) {
        part.content = *bytes;
    } else {
        const auto& path = std::get<std::filesystem::path>(file.source());
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (ec) throw ValueError("cannot read " + path.string() + ": " + ec.message());
        part.content = http::FileChunk{path, size};
    }
    return part;
}

namespace {

/// JSON alone, or JSON as payload_json plus the files.
http::Body with_files(std::string json, const std::vector<FileUpload>& files) {
    if (files.empty()) return http::Body::of("application/json", std::move(json));
    if (files.size() > max_files) throw ValueError("a message takes at most 10 files");
    std::vector<http::MultipartPart> parts;
    parts.push_back({"payload_json", std::nullopt, "application/json", std::move(json)});
    for (std::size_t i = 0; i < files.size(); ++i) {
        parts.push_back(file_part("files[" + std::to_string(i) + "]", files[i]));
    }
    return http::make_multipart(parts, http::random_boundary());
}

void write_create_fields(JsonWriter& w, const MessageCreateOptions& o) {
    if (o.content) check_content(*o.content);
    put(w, "content", o.content, write_string);
    put(w, "embeds", o.embeds, write_embeds);
    put(w, "components", o.components, write_components);
    put(w, "allowed_mentions", o.allowed_mentions, write_mentions);
    put(w, "tts", o.tts, write_bool);
    put(w, "flags", o.flags, write_enum<MessageFlags>);
    put(w, "sticker_ids", o.sticker_ids, write_ids);
    put(w, "nonce", o.nonce, write_string);
    put(w, "enforce_nonce", o.enforce_nonce, write_bool);
    put(w, "poll", o.poll, write_poll);
    if (o.reply) {
        w.key("message_reference").begin_object().key("message_id").string(o.reply->to_string());
        if (o.reply_must_exist) w.key("fail_if_not_exists").boolean(*o.reply_must_exist);
        w.end_object();
    }
    if (!o.attachments.empty()) {
        w.key("attachments").begin_array();
        write_new_attachments(w, o.attachments);
        w.end_array();
    }
}

}  // namespace

http::Body message_create_body(const MessageCreateOptions& options) {
    JsonWriter w(256);
    w.begin_object();
    write_create_fields(w, options);
    w.end_object();
    return with_files(std::move(w).str(), options.attachments);
}

http::Body forum_post_body(const std::function<void(JsonWriter&)>& thread_fields,
                           const MessageCreateOptions& message) {
    JsonWriter w(256);
    w.begin_object();
    thread_fields(w);
    w.key("message").begin_object();
    write_create_fields(w, message);
    w.end_object();
    w.end_object();
    return with_files(std::move(w).str(), message.attachments);
}

http::Body message_edit_body(const MessageEditOptions& o) {
    JsonWriter w(256);
    w.begin_object();
    if (o.content.has_value()) check_content(*o.content);
    put(w, "content", o.content, write_string);
    put(w, "embeds", o.embeds, write_embeds);
    put(w, "components", o.components, write_components);
    put(w, "allowed_mentions", o.allowed_mentions, write_mentions);
    put(w, "flags", o.flags, write_enum<MessageFlags>);
    if (o.keep_attachments || !o.attachments.empty()) {
        w.key("attachments").begin_array();
        if (o.keep_attachments) {
            for (const auto id : *o.keep_attachments) {
                w.begin_object().key("id").string(id.to_string()).end_object();
            }
        }
        write_new_attachments(w, o.attachments);
        w.end_array();
    }
    w.end_object();
    return with_files(std::move(w).str(), o.attachments);
}

http::Body interaction_response_body(int type, const MessageCreateOptions& options) {
    JsonWriter w(256);
    w.begin_object().key("type").number(static_cast<std::int64_t>(type));
    JsonWriter data(256);
    data.begin_object();
    write_create_fields(data, options);
    data.end_object();
    if (data.str() != "{}") w.key("data").raw(data.str());
    w.end_object();
    return with_files(std::move(w).str(), options.attachments);
}

}  // namespace hikari::rest
