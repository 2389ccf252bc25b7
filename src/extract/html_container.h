// The main-text reader's second half: which element holds the article, and
// its paragraphs joined into the text. Called by ExtractMainText after its
// walks; see html_text.cc for the method. Internal to the extract stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/html_nodes.h"

namespace dateline::extract::html {

// Marks the elements whose paragraphs make the text (included, excluded);
// false if none is good enough.
bool ChooseContainer(std::vector<NodeInfo>& infos);

// The index of the first paragraph after the article's headline, from the
// (element, paragraph index) of each h1 the walk met: the first inside the
// container. SIZE_MAX if none.
size_t HeadlineAt(std::vector<NodeInfo>& infos, const std::vector<std::pair<int32_t, size_t>>& headlines);

// The container's paragraphs (every paragraph with whole_page) as text,
// paragraphs separated by "\n\n".
std::string Assemble(std::vector<NodeInfo>& infos, const std::vector<Paragraph>& paragraphs,
                     std::string_view title, bool whole_page, size_t headline_at);

}  // namespace dateline::extract::html
