<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;Giới thiệu Marginalia</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>Độ đồng &amp;thuận…</translation>
    </message>
    <message>
        <source>&amp;Compare Articles…</source>
        <translation>&amp;So sánh bài báo…</translation>
    </message>
    <message>
        <source>&amp;Copy Quote with Source</source>
        <translation>Sao &amp;chép trích dẫn kèm nguồn</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Xoá nhận định</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Tìm trong bài báo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Highlight Claim</source>
        <translation>Tô &amp;sáng nhận định</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Nhập chú thích…</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Mở thư mục…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Re-attach Claim to Selection</source>
        <translation>&amp;Neo lại nhận định vào vùng chọn</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster…</source>
        <translation>Đổi &amp;tên cụm…</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Người đánh giá</translation>
    </message>
    <message>
        <source>&amp;Search All Articles…</source>
        <translation>Tìm trong tất cả &amp;bài báo…</translation>
    </message>
    <message>
        <source>&amp;Show Claim in Text</source>
        <translation>&amp;Hiện nhận định trong văn bản</translation>
    </message>
    <message>
        <source>&amp;Sidecar JSON</source>
        <translation>&amp;Tệp chú thích (JSON)</translation>
    </message>
    <message>
        <source>&amp;Topic of Claim</source>
        <translation>&amp;Chủ đề của nhận định</translation>
    </message>
    <message>
        <source>&amp;Topics (Codebook)…</source>
        <translation>&amp;Chủ đề (bộ mã)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Add annotations from a file another tool wrote (Ctrl+I)</source>
        <translation>Thêm chú thích từ tệp do công cụ khác tạo (Ctrl+I)</translation>
    </message>
    <message>
        <source>Add, rename, recolour topics (Ctrl+K)</source>
        <translation>Thêm, đổi tên, đổi màu chủ đề (Ctrl+K)</translation>
    </message>
    <message>
        <source>Anchor the selected claim (e.g. an orphan) to the selected text (Ctrl+R)</source>
        <translation>Neo nhận định đang chọn (ví dụ một nhận định mồ côi) vào đoạn văn bản đã chọn (Ctrl+R)</translation>
    </message>
    <message>
        <source>Claim &amp;Span</source>
        <translation>&amp;Phạm vi nhận định</translation>
    </message>
    <message>
        <source>Claim&apos;s Cl&amp;uster</source>
        <translation>Cụ&amp;m của nhận định</translation>
    </message>
    <message>
        <source>Close Reader Besi&amp;de</source>
        <translation>Đóng khung đọc &amp;bên cạnh</translation>
    </message>
    <message>
        <source>Cluster &amp;Note…</source>
        <translation>Ghi &amp;chú của cụm…</translation>
    </message>
    <message>
        <source>Copy Quote with Source</source>
        <translation>Sao chép trích dẫn kèm nguồn</translation>
    </message>
    <message>
        <source>Copy the selected claim&apos;s quote with its article and place (Ctrl+Shift+C)</source>
        <translation>Sao chép trích dẫn của nhận định đang chọn kèm bài báo và vị trí (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Delete the selected claim (Delete)</source>
        <translation>Xoá nhận định đang chọn (Delete)</translation>
    </message>
    <message>
        <source>Edit the article beside in the main reader</source>
        <translation>Sửa bài báo bên cạnh trong khung đọc chính</translation>
    </message>
    <message>
        <source>Every article&apos;s claims side by side, topic by topic, with a chart (Ctrl+Shift+M)</source>
        <translation>Nhận định của mọi bài báo đặt cạnh nhau, theo từng chủ đề, kèm biểu đồ (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export annotations in an open format (Ctrl+E)</source>
        <translation>Xuất chú thích theo định dạng mở (Ctrl+E)</translation>
    </message>
    <message>
        <source>Extend Claim End by a Word</source>
        <translation>Mở rộng cuối nhận định thêm một từ</translation>
    </message>
    <message>
        <source>Extend Claim Start by a Word</source>
        <translation>Mở rộng đầu nhận định thêm một từ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Tìm &amp;tiếp</translation>
    </message>
    <message>
        <source>Find in &amp;Other Articles</source>
        <translation>Tìm trong bài báo &amp;khác</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Tìm từ trong bài báo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Give the selected claim&apos;s cluster another label</source>
        <translation>Đặt tên khác cho cụm của nhận định đang chọn</translation>
    </message>
    <message>
        <source>Go to Next &amp;Linked Claim</source>
        <translation>Đến nhận định &amp;liên kết tiếp theo</translation>
    </message>
    <message>
        <source>Go to the card&apos;s claim in the text (Enter)</source>
        <translation>Đến nhận định của thẻ trong văn bản (Enter)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <source>Highlight the selected text as a claim (H)</source>
        <translation>Tô sáng đoạn đã chọn thành nhận định (H)</translation>
    </message>
    <message>
        <source>How far the reviewers agree, topic by topic and article by article (Ctrl+Shift+G)</source>
        <translation>Mức độ đồng thuận của người đánh giá theo từng chủ đề và từng bài báo (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>L&amp;ink to…</source>
        <translation>Liên kết &amp;với…</translation>
    </message>
    <message>
        <source>Leave &amp;Cluster</source>
        <translation>&amp;Rời cụm</translation>
    </message>
    <message>
        <source>Link &amp;Across Readers</source>
        <translation>Liên kết &amp;qua hai khung đọc</translation>
    </message>
    <message>
        <source>Link the claim or selection in this reader with the one in the other reader (Ctrl+Shift+L)</source>
        <translation>Liên kết nhận định hoặc vùng chọn ở khung đọc này với phần tương ứng ở khung đọc kia (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Link the selected claim to a claim of another article: the same fact as another outlet reports it (Ctrl+L)</source>
        <translation>Liên kết nhận định đang chọn với một nhận định của bài báo khác: cùng một sự kiện do báo khác đưa tin (Ctrl+L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Move to the next pane: library, text, notes (F6)</source>
        <translation>Sang khung kế tiếp: thư viện, văn bản, ghi chú (F6)</translation>
    </message>
    <message>
        <source>Move to the previous pane (Shift+F6)</source>
        <translation>Về khung trước (Shift+F6)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Khung kế tiếp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open &amp;Beside…</source>
        <translation>&amp;Mở bên cạnh…</translation>
    </message>
    <message>
        <source>Open a folder of articles (Ctrl+O)</source>
        <translation>Mở một thư mục bài báo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a second article beside this one, to compare and link them (Ctrl+\)</source>
        <translation>Mở bài báo thứ hai bên cạnh bài này để so sánh và liên kết (Ctrl+\)</translation>
    </message>
    <message>
        <source>Open the next claim of the selected claim&apos;s cluster (Ctrl+])</source>
        <translation>Mở nhận định tiếp theo trong cụm của nhận định đang chọn (Ctrl+])</translation>
    </message>
    <message>
        <source>Override the detected language</source>
        <translation>Thay ngôn ngữ đã nhận diện</translation>
    </message>
    <message>
        <source>Passages of the other articles that likely report the selected claim or text (Ctrl+Shift+O)</source>
        <translation>Các đoạn văn trong bài báo khác có thể nói về nhận định hoặc văn bản đang chọn (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Khung &amp;trước</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>S&amp;wap Readers</source>
        <translation>Đổi chỗ &amp;hai khung đọc</translation>
    </message>
    <message>
        <source>Search the text of every article in the folder (Ctrl+Shift+F)</source>
        <translation>Tìm trong văn bản của mọi bài báo trong thư mục (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Set Article &amp;Language…</source>
        <translation>Đặt &amp;ngôn ngữ bài báo…</translation>
    </message>
    <message>
        <source>Show &amp;All Topics</source>
        <translation>Hiện &amp;tất cả chủ đề</translation>
    </message>
    <message>
        <source>Show Claims of &amp;Topics</source>
        <translation>Hiện nhận định theo &amp;chủ đề</translation>
    </message>
    <message>
        <source>Show the article&apos;s annotation file (Ctrl+J)</source>
        <translation>Hiện tệp chú thích của bài báo (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show the claims tagged “%1”</source>
        <translation>Hiện các nhận định gắn chủ đề “%1”</translation>
    </message>
    <message>
        <source>Shrink Claim End by a Word</source>
        <translation>Thu hẹp cuối nhận định bớt một từ</translation>
    </message>
    <message>
        <source>Shrink Claim Start by a Word</source>
        <translation>Thu hẹp đầu nhận định bớt một từ</translation>
    </message>
    <message>
        <source>Take the selected claim out of its cluster</source>
        <translation>Đưa nhận định đang chọn ra khỏi cụm của nó</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim</source>
        <translation>Gắn hoặc bỏ chủ đề “%1” cho nhận định đang chọn</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim (%2)</source>
        <translation>Gắn hoặc bỏ chủ đề “%1” cho nhận định đang chọn (%2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Write &amp;Note</source>
        <translation>Viết &amp;ghi chú</translation>
    </message>
    <message>
        <source>Write Note on the Selected Claim</source>
        <translation>Viết ghi chú cho nhận định đang chọn</translation>
    </message>
    <message>
        <source>Write a note on the selected claim (N; Enter in the text; Esc when done)</source>
        <translation>Viết ghi chú cho nhận định đang chọn (N; Enter trong văn bản; Esc khi xong)</translation>
    </message>
    <message>
        <source>Write the note of the selected claim&apos;s cluster</source>
        <translation>Viết ghi chú cho cụm của nhận định đang chọn</translation>
    </message>
</context>
<context>
    <name>AdjudicationLauncher</name>
    <message>
        <source>A&amp;djudicate…</source>
        <translation>&amp;Phân xử…</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Hãy mở một thư mục bài báo trước.</translation>
    </message>
    <message>
        <source>Settle two reviewers&apos; disagreements on one article, passage by passage (Ctrl+Shift+J)</source>
        <translation>Giải quyết các bất đồng giữa hai người đánh giá trong một bài báo, từng đoạn văn một (Ctrl+Shift+J)</translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message>
        <source>&amp;Article:</source>
        <translation>Bài bá&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Edit in the Main Window</source>
        <translation>&amp;Sửa trong cửa sổ chính</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>Giữ &amp;cả hai</translation>
    </message>
    <message>
        <source>&amp;Next Disagreement</source>
        <translation>Bất đồng &amp;kế tiếp</translation>
    </message>
    <message>
        <source>&amp;Previous Disagreement</source>
        <translation>Bất đồng &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Reviewers A and B:</source>
        <translation>&amp;Người đánh giá A và B:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(không có người đánh giá)</translation>
    </message>
    <message>
        <source>A&apos;s claims are underlined (solid), B&apos;s overlined (dashed).</source>
        <translation>Nhận định của A được gạch dưới (nét liền), của B được gạch trên (nét đứt).</translation>
    </message>
    <message>
        <source>Accept All A&amp;greements</source>
        <translation>Chấp nhận &amp;mọi đoạn đồng thuận</translation>
    </message>
    <message>
        <source>Accept all agreements</source>
        <translation>Chấp nhận mọi đoạn đồng thuận</translation>
    </message>
    <message>
        <source>Adjudicate — Marginalia</source>
        <translation>Phân xử — Marginalia</translation>
    </message>
    <message>
        <source>Adjudication status</source>
        <translation>Trạng thái phân xử</translation>
    </message>
    <message>
        <source>Agreements: %1. Disagreements left to settle: %2.</source>
        <translation>Đồng thuận: %1. Bất đồng còn cần giải quyết: %2.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>Choose two different reviewers.</source>
        <translation>Hãy chọn hai người đánh giá khác nhau.</translation>
    </message>
    <message>
        <source>Decisions are saved as claims of %1, recording the claims they come from.</source>
        <translation>Các quyết định được lưu thành nhận định của %1, có ghi lại những nhận định gốc.</translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous disagreement.</source>
        <translation>F8 / Shift+F8: bất đồng kế tiếp / trước.</translation>
    </message>
    <message>
        <source>Green: the reviewers agree.</source>
        <translation>Xanh lục: người đánh giá đồng thuận.</translation>
    </message>
    <message>
        <source>Hatched orange: a disagreement to settle; grey once settled.</source>
        <translation>Cam gạch chéo: bất đồng cần giải quyết; xám khi đã giải quyết.</translation>
    </message>
    <message>
        <source>Keep &amp;A</source>
        <translation>Giữ &amp;A</translation>
    </message>
    <message>
        <source>Keep &amp;B</source>
        <translation>Giữ &amp;B</translation>
    </message>
    <message>
        <source>Keep A&apos;s claim</source>
        <translation>Giữ nhận định của A</translation>
    </message>
    <message>
        <source>Keep B&apos;s claim</source>
        <translation>Giữ nhận định của B</translation>
    </message>
    <message>
        <source>Keep both claims</source>
        <translation>Giữ cả hai nhận định</translation>
    </message>
    <message>
        <source>No more disagreements that way.</source>
        <translation>Không còn bất đồng nào theo hướng đó.</translation>
    </message>
    <message>
        <source>Reviewer A</source>
        <translation>Người đánh giá A</translation>
    </message>
    <message>
        <source>Reviewer B</source>
        <translation>Người đánh giá B</translation>
    </message>
    <message>
        <source>Settle by editing</source>
        <translation>Giải quyết bằng cách chỉnh sửa</translation>
    </message>
    <message>
        <source>That reviewer coded nothing here: choose the other, or both.</source>
        <translation>Người đánh giá đó không mã hoá gì ở đây: hãy chọn người kia, hoặc cả hai.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>và</translation>
    </message>
    <message>
        <source>you (asked once)</source>
        <translation>bạn (chỉ hỏi tên một lần)</translation>
    </message>
</context>
<context>
    <name>AgreementLauncher</name>
    <message>
        <source>Open a folder of articles to measure agreement.</source>
        <translation>Hãy mở một thư mục bài báo để đo độ đồng thuận.</translation>
    </message>
    <message>
        <source>Reading the claims…</source>
        <translation>Đang đọc các nhận định…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Không tính được các chỉ số: %1</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3) and %4.</source>
        <translation>%1 %2 (%3) và %4.</translation>
    </message>
    <message>
        <source>%1 and %2 compared</source>
        <translation>So sánh %1 và %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln ký tự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the article&apos;s text and are not counted.</source>
        <translation>
            <numerusform>%Ln nhận định không tìm được vị trí trong văn bản bài báo nên không được tính.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) have no reviewer name and are not counted.</source>
        <translation>
            <numerusform>%Ln nhận định không có tên người đánh giá nên không được tính.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln chủ đề</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Bài báo</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>&amp;Bản đồ nhiệt</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Người đánh giá</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Chủ đề</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <source>Agreement between Reviewers — Marginalia</source>
        <translation>Độ đồng thuận giữa người đánh giá — Marginalia</translation>
    </message>
    <message>
        <source>Article &amp;by Article</source>
        <translation>Từng &amp;bài báo</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Đã so sánh</translation>
    </message>
    <message>
        <source>Figures article by article</source>
        <translation>Chỉ số theo từng bài báo</translation>
    </message>
    <message>
        <source>Figures pooled over the articles</source>
        <translation>Chỉ số gộp trên các bài báo</translation>
    </message>
    <message>
        <source>How far the reviewers agree on where each topic applies, character by character. Choose who and what to compare; the figures follow your edits, unsaved ones included.</source>
        <translation>Mức độ người đánh giá đồng thuận về chỗ áp dụng mỗi chủ đề, theo từng ký tự. Chọn người và nội dung cần so sánh; các chỉ số cập nhật theo thay đổi của bạn, kể cả thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Bỏ qua: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>No claim in the chosen articles has a reviewer&apos;s name yet. Agreement compares the claims of two or more reviewers; each claim records who made it.</source>
        <translation>Chưa có nhận định nào trong các bài báo đã chọn mang tên người đánh giá. Độ đồng thuận so sánh nhận định của hai người đánh giá trở lên; mỗi nhận định ghi lại người đã tạo nó.</translation>
    </message>
    <message>
        <source>No reviewer is chosen: agreement needs at least two. Tick them under Reviewers.</source>
        <translation>Chưa chọn người đánh giá nào: độ đồng thuận cần ít nhất hai người. Hãy đánh dấu trong mục Người đánh giá.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Không được tính</translation>
    </message>
    <message>
        <source>One figure for each article and topic, as colours</source>
        <translation>Mỗi bài báo và chủ đề một chỉ số, thể hiện bằng màu</translation>
    </message>
    <message>
        <source>Only %1 is chosen: agreement needs at least two reviewers. Tick another under Reviewers.</source>
        <translation>Chỉ chọn %1: độ đồng thuận cần ít nhất hai người đánh giá. Hãy đánh dấu thêm một người trong mục Người đánh giá.</translation>
    </message>
    <message>
        <source>P&amp;ooled</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again</source>
        <translation>Đọc lại nhận định của mọi bài báo</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again, e.g. after another program changed them (F5)</source>
        <translation>Đọc lại nhận định của mọi bài báo, ví dụ sau khi chương trình khác thay đổi chúng (F5)</translation>
    </message>
    <message>
        <source>Reading articles… %1 of %2</source>
        <translation>Đang đọc bài báo… %1/%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>Table copied.</source>
        <translation>Đã sao chép bảng.</translation>
    </message>
    <message>
        <source>The figures of each topic in each article</source>
        <translation>Chỉ số của từng chủ đề trong từng bài báo</translation>
    </message>
    <message>
        <source>The figures of each topic over all the chosen articles together</source>
        <translation>Chỉ số của từng chủ đề trên tất cả bài báo đã chọn gộp lại</translation>
    </message>
    <message>
        <source>The figures pooled over the articles, article by article, or as a heat map</source>
        <translation>Các chỉ số gộp trên các bài báo, theo từng bài báo, hoặc dạng bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Unsaved changes are included.</source>
        <translation>Đã tính cả thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Views of the figures</source>
        <translation>Các cách xem chỉ số</translation>
    </message>
    <message>
        <source>What each figure says and when to rely on it</source>
        <translation>Mỗi chỉ số nói gì và khi nào nên tin cậy</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Ý nghĩa của các chỉ số</translation>
    </message>
    <message>
        <source>What the window measures</source>
        <translation>Cửa sổ này đo gì</translation>
    </message>
    <message numerus="yes">
        <source>on %Ln article(s)</source>
        <translation>
            <numerusform>trên %Ln bài báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… và %Ln vấn đề khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A dash means the figure would mislead or cannot be computed; point at it, or move to it with the arrow keys, to read why. The mean over topics averages each figure over the topics that have it.</source>
        <translation>Dấu gạch ngang nghĩa là chỉ số sẽ gây hiểu lầm hoặc không tính được; trỏ chuột vào hoặc dùng phím mũi tên di chuyển tới để đọc lý do. Giá trị trung bình theo chủ đề lấy trung bình mỗi chỉ số trên các chủ đề có chỉ số đó.</translation>
    </message>
    <message>
        <source>Agreement beyond what each reviewer&apos;s own rate of coding would give by chance: 1 is perfect, 0 no better than chance, below 0 worse. Two reviewers only.</source>
        <translation>Độ đồng thuận vượt trên mức ngẫu nhiên theo tần suất mã hoá riêng của mỗi người đánh giá: 1 là hoàn hảo, 0 không hơn ngẫu nhiên, dưới 0 là tệ hơn. Chỉ cho hai người đánh giá.</translation>
    </message>
    <message>
        <source>Agreement needs at least two reviewers: tick another one under Reviewers.</source>
        <translation>Độ đồng thuận cần ít nhất hai người đánh giá: đánh dấu thêm một người trong mục Người đánh giá.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ của Cohen</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two reviewers; with more, read Krippendorff&apos;s α.</source>
        <translation>κ của Cohen chỉ so sánh đúng hai người đánh giá; nếu nhiều hơn, hãy xem α của Krippendorff.</translation>
    </message>
    <message>
        <source>Compares the passages themselves, where each begins and ends; text nobody coded counts for nothing, and a passage one reviewer marked and another missed counts fully. Prefer it when what matters is whether reviewers find the same passages (INCEpTION reports this figure).</source>
        <translation>So sánh chính các đoạn văn, nơi mỗi đoạn bắt đầu và kết thúc; phần văn bản không ai mã hoá không được tính, còn một đoạn người này đánh dấu mà người kia bỏ sót được tính trọn. Nên dùng khi điều quan trọng là người đánh giá có tìm ra cùng các đoạn hay không (INCEpTION báo cáo chỉ số này).</translation>
    </message>
    <message>
        <source>Each character of an article is compared: for each reviewer and topic, it is coded when one of the reviewer&apos;s claims with that topic covers it. 1 means perfect agreement.</source>
        <translation>Từng ký tự của bài báo được so sánh: với mỗi người đánh giá và chủ đề, ký tự được tính là đã mã hoá khi nằm trong một nhận định có chủ đề đó của người đánh giá. 1 nghĩa là đồng thuận hoàn toàn.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α của Krippendorff</translation>
    </message>
    <message>
        <source>Like κ, but chance is estimated from all reviewers together, so it takes any number of reviewers and corrects for small samples: the usual standard in content analysis. Rely on data from 0.800 up; draw only tentative conclusions from 0.667.</source>
        <translation>Giống κ nhưng mức ngẫu nhiên được ước lượng từ tất cả người đánh giá cùng lúc, nên dùng được với bất kỳ số người đánh giá nào và hiệu chỉnh cho mẫu nhỏ: chuẩn thông dụng trong phân tích nội dung. Tin cậy dữ liệu từ 0,800 trở lên; từ 0,667 chỉ nên rút ra kết luận tạm thời.</translation>
    </message>
    <message>
        <source>No chosen reviewer tagged any text with this topic here. Percent agreement would read 100 % for agreeing that it is absent, so no figure is given.</source>
        <translation>Không người đánh giá nào được chọn gắn chủ đề này cho văn bản ở đây. Tỷ lệ đồng thuận sẽ là 100% vì cùng đồng ý rằng chủ đề không có mặt, nên không đưa ra chỉ số.</translation>
    </message>
    <message>
        <source>No topic has this figure (each for its own reason).</source>
        <translation>Không chủ đề nào có chỉ số này (mỗi chủ đề vì một lý do riêng).</translation>
    </message>
    <message>
        <source>No topics are chosen.</source>
        <translation>Chưa chọn chủ đề nào.</translation>
    </message>
    <message>
        <source>Nothing for chance to disagree on: every character has the same value for every reviewer (all of the text coded, say), so a chance-corrected figure would be 0 ÷ 0.</source>
        <translation>Không có gì để sự ngẫu nhiên bất đồng: mọi ký tự có cùng giá trị với mọi người đánh giá (chẳng hạn toàn bộ văn bản đều được mã hoá), nên chỉ số hiệu chỉnh ngẫu nhiên sẽ là 0 ÷ 0.</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Tỷ lệ đồng thuận</translation>
    </message>
    <message>
        <source>The chosen articles have no text.</source>
        <translation>Các bài báo đã chọn không có văn bản.</translation>
    </message>
    <message>
        <source>The share of characters on which the reviewers agree whether the topic applies (with more than two reviewers, the mean over pairs). Easy to read, but text nobody coded raises it: two reviewers who each mark a different 5 % of an article still agree on 90 % of it. Read it beside a chance-corrected figure.</source>
        <translation>Tỷ lệ ký tự mà người đánh giá đồng thuận về việc chủ đề có áp dụng hay không (với hơn hai người, lấy trung bình theo từng cặp). Dễ đọc, nhưng phần văn bản không ai mã hoá làm nó tăng lên: hai người mỗi người đánh dấu 5% khác nhau của bài báo vẫn đồng thuận trên 90% văn bản. Hãy đọc kèm một chỉ số đã hiệu chỉnh ngẫu nhiên.</translation>
    </message>
    <message>
        <source>Unitizing α_u</source>
        <translation>α_u phân đoạn</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Ý nghĩa của các chỉ số</translation>
    </message>
    <message>
        <source>for 2 only</source>
        <translation>chỉ cho 2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>không có nhận định</translation>
    </message>
    <message>
        <source>no figure: %1</source>
        <translation>không có chỉ số: %1</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>không có văn bản</translation>
    </message>
    <message>
        <source>no topics</source>
        <translation>không có chủ đề</translation>
    </message>
    <message>
        <source>no variation</source>
        <translation>không có biến thiên</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation>một người đánh giá</translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>By %1, %2.</source>
        <translation>Của %1, %2.</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Của %1.</translation>
    </message>
    <message>
        <source>Claim “%1”. %2 %3</source>
        <translation>Nhận định “%1”. %2 %3</translation>
    </message>
    <message>
        <source>Cluster “%1”, linked with: %2.</source>
        <translation>Cụm “%1”, liên kết với: %2.</translation>
    </message>
    <message>
        <source>Enter goes to the claim in the text; N writes its note.</source>
        <translation>Enter để đến nhận định trong văn bản; N để viết ghi chú.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Tạo lúc %1.</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Chưa có ghi chú.</translation>
    </message>
    <message>
        <source>No reviewer.</source>
        <translation>Không có người đánh giá.</translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation>Chưa có chủ đề.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Placed: %1.</source>
        <translation>Vị trí: %1.</translation>
    </message>
    <message>
        <source>Topics: %1.</source>
        <translation>Chủ đề: %1.</translation>
    </message>
    <message>
        <source>no other claim yet</source>
        <translation>chưa có nhận định nào khác</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Change claim span</source>
        <translation>Đổi phạm vi nhận định</translation>
    </message>
    <message>
        <source>Claim deleted (Ctrl+Z brings it back).</source>
        <translation>Đã xoá nhận định (Ctrl+Z để khôi phục).</translation>
    </message>
    <message>
        <source>Claim highlighted: press 1, 2, 3… to tag it, N or Enter to write its note, Delete to remove it.</source>
        <translation>Đã tô sáng nhận định: nhấn 1, 2, 3… để gắn chủ đề, N hoặc Enter để viết ghi chú, Delete để xoá.</translation>
    </message>
    <message>
        <source>Claim re-attached.</source>
        <translation>Đã neo lại nhận định.</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Xoá nhận định</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Highlight claim</source>
        <translation>Tô sáng nhận định</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Hãy mở một bài báo trước.</translation>
    </message>
    <message>
        <source>Re-attach claim</source>
        <translation>Neo lại nhận định</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Hãy chọn một nhận định trước (nhấp vào phần tô sáng hoặc ghi chú).</translation>
    </message>
    <message>
        <source>Select some text to highlight it as a claim.</source>
        <translation>Hãy chọn một đoạn văn bản để tô sáng thành nhận định.</translation>
    </message>
    <message>
        <source>Select the claim to re-attach in the notes first.</source>
        <translation>Hãy chọn trước trong phần ghi chú nhận định cần neo lại.</translation>
    </message>
    <message>
        <source>Select the text the claim should attach to.</source>
        <translation>Hãy chọn đoạn văn bản để neo nhận định vào.</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Gắn “%1”</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Bài báo này chỉ đọc: không đọc được tệp chú thích của nó.</translation>
    </message>
    <message>
        <source>Untag “%1”</source>
        <translation>Bỏ “%1”</translation>
    </message>
</context>
<context>
    <name>ArticleAdder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Add Articles…</source>
        <translation>&amp;Thêm bài báo…</translation>
    </message>
    <message>
        <source>Add articles to %1</source>
        <translation>Thêm bài báo vào %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s)</source>
        <translation>
            <numerusform>Đã thêm %Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>Thông tin &amp;bài báo…</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Bài báo (%1)</translation>
    </message>
    <message>
        <source>Copy web pages, PDFs, Word files, e-books or text files into the folder</source>
        <translation>Sao chép trang web, PDF, tệp Word, sách điện tử hoặc tệp văn bản vào thư mục</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Sửa thông tin bài báo</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Một số tệp chưa được thêm</translation>
    </message>
    <message>
        <source>Title, outlet, author, date and address of the article</source>
        <translation>Tiêu đề, báo, tác giả, ngày và địa chỉ của bài báo</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, trường %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln nhận định</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Nhận định</translation>
    </message>
    <message>
        <source>Claims in the article, by topic</source>
        <translation>Nhận định trong bài báo, theo chủ đề</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Bảng mã: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Không có vấn đề</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Báo</translation>
    </message>
    <message>
        <source>Problems with the article or its annotation file</source>
        <translation>Vấn đề với bài báo hoặc tệp chú thích của nó</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>Không mở được bài báo: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select text in both readers, then press Ctrl+Shift+L to link them.</source>
        <translation>Hãy chọn một nhận định hoặc chọn văn bản ở cả hai khung đọc, rồi nhấn Ctrl+Shift+L để liên kết.</translation>
    </message>
    <message>
        <source>Link claims across readers</source>
        <translation>Liên kết nhận định giữa hai khung đọc</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Hãy mở một thư mục bài báo trước.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Hãy mở một bài báo trước.</translation>
    </message>
    <message>
        <source>Open another article beside this one first (View ▸ Open Beside…, Ctrl+\).</source>
        <translation>Hãy mở một bài báo khác bên cạnh bài này trước (Xem ▸ Mở bên cạnh…, Ctrl+\).</translation>
    </message>
    <message>
        <source>Open beside the article you are reading:</source>
        <translation>Mở bên cạnh bài báo bạn đang đọc:</translation>
    </message>
    <message>
        <source>Search articles to open beside</source>
        <translation>Tìm bài báo để mở bên cạnh</translation>
    </message>
    <message>
        <source>Words of a title, a file name or a language…</source>
        <translation>Từ trong tiêu đề, tên tệp hoặc ngôn ngữ…</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter opens · Esc cancels</source>
        <translation>↑ ↓ chọn · Enter để mở · Esc để huỷ</translation>
    </message>
</context>
<context>
    <name>BesidePane</name>
    <message>
        <source>Article beside</source>
        <translation>Bài báo bên cạnh</translation>
    </message>
    <message>
        <source>Beside (%1): %2</source>
        <translation>Bên cạnh (%1): %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Notes of the article beside</source>
        <translation>Ghi chú của bài báo bên cạnh</translation>
    </message>
    <message>
        <source>Text of the article beside</source>
        <translation>Văn bản của bài báo bên cạnh</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 (not in the codebook)</source>
        <translation>%1 (không có trong bộ mã)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Chưa có ghi chú</translation>
    </message>
    <message>
        <source>No note — press N to write one</source>
        <translation>Chưa có ghi chú — nhấn N để viết</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Chưa có chủ đề</translation>
    </message>
    <message>
        <source>No topic — press 1, 2, 3…</source>
        <translation>Chưa có chủ đề — nhấn 1, 2, 3…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation, in the language&apos;s quotation marks</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>%1–%2 of %3 · Alt+↓ and Alt+↑ go through them</source>
        <translation>%1–%2 trên %3 · Alt+↓ và Alt+↑ để duyệt</translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation>Không tìm thấy trong văn bản hiện tại</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%Ln further article(s) in the table, not drawn here.</source>
        <translation>
            <numerusform>%Ln bài báo còn lại có trong bảng, không vẽ ở đây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further row(s) with fewer claims in the table, not drawn here.</source>
        <translation>
            <numerusform>%Ln hàng còn lại có ít nhận định hơn nằm trong bảng, không vẽ ở đây.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(không chủ đề)</translation>
    </message>
    <message>
        <source>About the chart</source>
        <translation>Về biểu đồ</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Chart of claims per row in each article</source>
        <translation>Biểu đồ nhận định theo từng hàng trong mỗi bài báo</translation>
    </message>
    <message>
        <source>Chart: the same counts as the table. Each bar is one row&apos;s claims in one article; colour and pattern tell the rows apart, as in the legend.</source>
        <translation>Biểu đồ: cùng số liệu với bảng. Mỗi cột là các nhận định của một hàng trong một bài báo; màu và hoa văn phân biệt các hàng, như trong chú giải.</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Nhận định theo chủ đề trong mỗi bài báo</translation>
    </message>
    <message>
        <source>No articles or rows to draw: widen the filters above.</source>
        <translation>Không có bài báo hay hàng nào để vẽ: hãy nới rộng bộ lọc phía trên.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Lưu dạng &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Lưu dạng S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Lưu biểu đồ dạng PNG</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Lưu biểu đồ dạng SVG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (scales without blur; opens in browsers)</source>
        <translation>Lưu biểu đồ thành bản vẽ SVG (phóng to không bị mờ; mở được bằng trình duyệt)</translation>
    </message>
    <message>
        <source>The chart, scrolled with the arrow keys when it is larger than the pane</source>
        <translation>Biểu đồ; cuộn bằng phím mũi tên khi lớn hơn khung</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>nhận định</translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 (all %2)</source>
        <translation>%1 (tất cả %2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Chọn: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Lọc danh sách</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không chọn</translation>
    </message>
    <message>
        <source>Opens a list to tick what the figures compare</source>
        <translation>Mở danh sách để đánh dấu nội dung các chỉ số so sánh</translation>
    </message>
    <message>
        <source>Shows only the items whose name holds these words</source>
        <translation>Chỉ hiện các mục có tên chứa các từ này</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current item</source>
        <translation>Phím cách để đánh dấu hoặc bỏ đánh dấu mục hiện tại</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Đánh dấu tất cả</translation>
    </message>
    <message>
        <source>Tick every item shown</source>
        <translation>Đánh dấu mọi mục đang hiện</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ đánh dấu tất cả</translation>
    </message>
    <message>
        <source>Untick every item shown</source>
        <translation>Bỏ đánh dấu mọi mục đang hiện</translation>
    </message>
</context>
<context>
    <name>ClaimAnnouncer</name>
    <message>
        <source>Claim %1 of %2</source>
        <translation>Nhận định thứ %1 trong %2</translation>
    </message>
    <message>
        <source>Claim %1 of %2: %3</source>
        <translation>Nhận định thứ %1 trong %2: %3</translation>
    </message>
    <message>
        <source>The claim being read</source>
        <translation>Nhận định đang đọc</translation>
    </message>
</context>
<context>
    <name>ClaimFocus</name>
    <message>
        <source>Select a claim first (click a highlight or a note), then press N.</source>
        <translation>Hãy chọn một nhận định trước (nhấp vào phần tô sáng hoặc ghi chú), rồi nhấn N.</translation>
    </message>
    <message>
        <source>The claim&apos;s card is hidden by the topics shown (Ctrl+0 shows all).</source>
        <translation>Thẻ của nhận định bị ẩn do các chủ đề đang hiện (Ctrl+0 để hiện tất cả).</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Bài báo này chỉ đọc: không đọc được tệp chú thích của nó.</translation>
    </message>
</context>
<context>
    <name>ClaimMenu</name>
    <message>
        <source>paragraph %1 (characters %2–%3)</source>
        <translation>đoạn %1 (ký tự %2–%3)</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
</context>
<context>
    <name>ClaimMenus</name>
    <message>
        <source>%1 (%2): “%3”</source>
        <translation>%1 (%2): “%3”</translation>
    </message>
    <message>
        <source>Copied the quote with its source.</source>
        <translation>Đã sao chép trích dẫn kèm nguồn.</translation>
    </message>
    <message>
        <source>Linked Claims in “%1”</source>
        <translation>Nhận định liên kết trong “%1”</translation>
    </message>
    <message>
        <source>No other claim yet</source>
        <translation>Chưa có nhận định nào khác</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Hãy chọn một nhận định trước (nhấp vào phần tô sáng hoặc ghi chú).</translation>
    </message>
</context>
<context>
    <name>ClusterBlock</name>
    <message>
        <source>(no label)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cụm: %1</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Liên kết…</translation>
    </message>
    <message>
        <source>No other claim yet: Link… (Ctrl+L) adds one</source>
        <translation>Chưa có nhận định nào khác: Liên kết… (Ctrl+L) để thêm</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (right-click the card for all)</source>
        <translation>
            <numerusform>và %n nhận định khác (nhấp chuột phải vào thẻ để xem tất cả)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n article(s)</source>
        <translation>
            <numerusform>· %n bài báo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (màu %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Màu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>A topic named “%1” exists already.</source>
        <translation>Đã có chủ đề tên “%1”.</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>Chủ đề cần có tên.</translation>
    </message>
    <message>
        <source>Add a new topic</source>
        <translation>Thêm chủ đề mới</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>Thêm chủ đề “%1”</translation>
    </message>
    <message>
        <source>Cannot check where “%1” is used: %2</source>
        <translation>Không kiểm tra được “%1” được dùng ở đâu: %2</translation>
    </message>
    <message>
        <source>Choose the colour of the selected topic</source>
        <translation>Chọn màu cho chủ đề đang chọn</translation>
    </message>
    <message>
        <source>Choose the key that tags a claim with the selected topic</source>
        <translation>Chọn phím để gắn chủ đề đang chọn cho một nhận định</translation>
    </message>
    <message>
        <source>Close the topics editor</source>
        <translation>Đóng trình sửa chủ đề</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Key %1 is already the shortcut of “%2”. Give that topic another key (or none) first.</source>
        <translation>Phím %1 đã là phím tắt của “%2”. Hãy gán cho chủ đề đó phím khác (hoặc bỏ phím) trước.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Chủ đề mới</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no key</comment>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Không có gì để làm lại</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Không có gì để hoàn tác</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Xoá…</translation>
    </message>
    <message>
        <source>Recolour topic “%1”</source>
        <translation>Đổi màu chủ đề “%1”</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Remove the key of “%1”</source>
        <translation>Bỏ phím của “%1”</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Xoá chủ đề đang chọn</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Xoá chủ đề</translation>
    </message>
    <message>
        <source>Remove topic “%1”</source>
        <translation>Xoá chủ đề “%1”</translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation>Đổi tên chủ đề đang chọn</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Đổi tên chủ đề</translation>
    </message>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>Đổi tên chủ đề “%1” thành “%2”</translation>
    </message>
    <message>
        <source>Set key %1 for “%2”</source>
        <translation>Gán phím %1 cho “%2”</translation>
    </message>
    <message>
        <source>The topics file %1 cannot be read (%2). Fix or remove it to edit topics.</source>
        <translation>Không đọc được tệp chủ đề %1 (%2). Hãy sửa hoặc xoá tệp đó để chỉnh chủ đề.</translation>
    </message>
    <message>
        <source>The topics of the folder, with their keys; double-click one to rename it</source>
        <translation>Các chủ đề của thư mục cùng phím tắt; nhấp đúp vào một chủ đề để đổi tên</translation>
    </message>
    <message>
        <source>The topics were not saved: %1</source>
        <translation>Chưa lưu được các chủ đề: %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Topic colour</source>
        <translation>Màu chủ đề</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %Ln claim(s). Remove the topic and take it off those claims too?

This rewrites the annotation files and cannot be undone.</source>
        <translation>
            <numerusform>“%1” đang gắn với %Ln nhận định. Xoá chủ đề và gỡ nó khỏi các nhận định đó?

Thao tác này ghi lại các tệp chú thích và không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>Chưa xoá “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Nothing to undo or redo there: that claim was removed by another step.</source>
        <translation>Không có gì để hoàn tác hay làm lại ở đó: nhận định đó đã bị xoá ở một bước khác.</translation>
    </message>
</context>
<context>
    <name>CompareHeader</name>
    <message>
        <source>⚠ claims unreadable (see tooltip)</source>
        <translation>⚠ không đọc được nhận định (xem chú thích nổi)</translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>Claims per cluster in each article</source>
        <translation>Nhận định theo cụm trong mỗi bài báo</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Nhận định theo chủ đề trong mỗi bài báo</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>Each column is an article and each row a cluster: one fact as several articles report it. A cell lists what that article says of it: its quotes and notes. Click a quote, or move with the arrow keys and press Enter, to open it in the main window.</source>
        <translation>Mỗi cột là một bài báo, mỗi hàng là một cụm: một sự kiện như nhiều bài báo đưa tin. Một ô liệt kê những gì bài báo đó nói về sự kiện: trích dẫn và ghi chú. Nhấp vào một trích dẫn, hoặc di chuyển bằng phím mũi tên rồi nhấn Enter để mở nó trong cửa sổ chính.</translation>
    </message>
    <message>
        <source>Open a folder of articles to compare them.</source>
        <translation>Hãy mở một thư mục bài báo để so sánh.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln nhận định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) · %1 of the text</source>
        <translation>
            <numerusform>%Ln nhận định · %1 văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(không chủ đề)</translation>
    </message>
    <message>
        <source>Its claims could not be read: %1</source>
        <translation>Không đọc được nhận định của bài báo: %1</translation>
    </message>
    <message>
        <source>No claims</source>
        <translation>Không có nhận định</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Ngôn ngữ không rõ</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>và %Ln nhận định khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>trong %Ln bài báo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln article(s) shown</source>
        <translation>
            <numerusform>Đang hiện %1 trên %Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: tất cả</translation>
    </message>
    <message>
        <source>Articles in a language left out are not shown</source>
        <translation>Bài báo thuộc ngôn ngữ bị bỏ chọn sẽ không hiện</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Đã lưu biểu đồ vào %1</translation>
    </message>
    <message>
        <source>Choose which languages to show</source>
        <translation>Chọn ngôn ngữ cần hiện</translation>
    </message>
    <message>
        <source>Choose which rows to show</source>
        <translation>Chọn hàng cần hiện</translation>
    </message>
    <message>
        <source>Claims by row and article</source>
        <translation>Nhận định theo hàng và bài báo</translation>
    </message>
    <message>
        <source>Compare Articles — Marginalia</source>
        <translation>So sánh bài báo — Marginalia</translation>
    </message>
    <message>
        <source>Each column is an article and each row a topic. A cell lists that article&apos;s claims on the topic: how many there are, how much of the article&apos;s text they cover, and their quotes and notes. Click a quote, or move with the arrow keys (Alt+↓ for the next claim in a cell) and press Enter, to open it in the main window.</source>
        <translation>Mỗi cột là một bài báo, mỗi hàng là một chủ đề. Một ô liệt kê các nhận định của bài báo về chủ đề đó: có bao nhiêu, chiếm bao nhiêu phần văn bản, cùng trích dẫn và ghi chú. Nhấp vào một trích dẫn, hoặc di chuyển bằng phím mũi tên (Alt+↓ sang nhận định kế tiếp trong ô) rồi nhấn Enter để mở nó trong cửa sổ chính.</translation>
    </message>
    <message>
        <source>Hide the articles that have no claim in the rows shown</source>
        <translation>Ẩn các bài báo không có nhận định nào trong các hàng đang hiện</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Only articles with claims</source>
        <translation>Chỉ bài báo có nhận định</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Rows left out are neither in the table nor in the chart</source>
        <translation>Hàng bị bỏ chọn không có trong bảng lẫn biểu đồ</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message numerus="yes">
        <source>The claims of %Ln file(s) could not all be read; the header of each says so and its tooltip says why.</source>
        <translation>
            <numerusform>Không đọc được hết nhận định của %Ln tệp; tiêu đề cột của mỗi tệp cho biết điều đó và chú thích nổi giải thích lý do.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each row of the table is</source>
        <translation>Mỗi hàng của bảng là gì</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Nội dung đang hiện</translation>
    </message>
    <message>
        <source>What the comparison shows</source>
        <translation>Nội dung phép so sánh thể hiện</translation>
    </message>
</context>
<context>
    <name>CorpusSession</name>
    <message numerus="yes">
        <source>Another program changed these claims too; %Ln changed in both places: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>Một chương trình khác cũng đã thay đổi các nhận định này; %Ln nhận định bị thay đổi ở cả hai nơi: giữ bản mới hơn của mỗi nhận định, bản còn lại nằm trong lịch sử (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program changed these claims; its changes are merged with yours.</source>
        <translation>Một chương trình khác đã thay đổi các nhận định này; các thay đổi đó đã được hợp nhất với thay đổi của bạn.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk but cannot be read (%1); your claims are kept here, and it is not written over.</source>
        <translation>Tệp chú thích đã thay đổi trên đĩa nhưng không đọc được (%1); các nhận định của bạn vẫn được giữ ở đây và tệp sẽ không bị ghi đè.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk; taken in.</source>
        <translation>Tệp chú thích đã thay đổi trên đĩa; đã nạp thay đổi.</translation>
    </message>
    <message>
        <source>The article changed on disk; claims re-anchored: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.</source>
        <translation>Bài báo đã thay đổi trên đĩa; đã neo lại nhận định: %1 chính xác, %2 dịch chuyển, %3 gần đúng, %4 mồ côi.</translation>
    </message>
    <message>
        <source>The article could not be re-read: %1</source>
        <translation>Không đọc lại được bài báo: %1</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln nhận định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the current text (orphaned): select one in the notes, select its text and press Ctrl+R to re-attach it.</source>
        <translation>
            <numerusform>%Ln nhận định không tìm được vị trí trong văn bản hiện tại (mồ côi): chọn một nhận định trong phần ghi chú, chọn đoạn văn bản của nó rồi nhấn Ctrl+R để neo lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln dịch chuyển</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln mồ côi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by fuzzy match</source>
        <translation>
            <numerusform>%Ln đặt theo khớp gần đúng</numerusform>
        </translation>
    </message>
    <message>
        <source>An annotation record was kept unchanged but could not be read — %1</source>
        <translation>Một bản ghi chú thích được giữ nguyên nhưng không đọc được — %1</translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read and is left as it is — %1</source>
        <translation>Chỉ đọc: không đọc được tệp chú thích nên giữ nguyên — %1</translation>
    </message>
    <message>
        <source>Read-only: the article is not to be annotated as it now reads — %1</source>
        <translation>Chỉ đọc: không thể chú thích bài báo ở dạng hiện tại — %1</translation>
    </message>
    <message>
        <source>fuzzy match</source>
        <translation>gần đúng</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>dịch chuyển</translation>
    </message>
    <message>
        <source>orphaned — select text and re-attach</source>
        <translation>mồ côi — chọn văn bản rồi neo lại</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large</source>
        <translation>%1 có %2 byte, quá lớn</translation>
    </message>
    <message>
        <source>%1 is a file of the corpus; choose another name</source>
        <translation>%1 là một tệp của kho ngữ liệu; hãy chọn tên khác</translation>
    </message>
    <message>
        <source>%1 version: %2</source>
        <translation>phiên bản %1: %2</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, tại %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>một FIFO</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>một tài liệu PDF</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>một tài liệu Word</translation>
    </message>
    <message>
        <source>a ZIP archive without project.qde, not a REFI-QDA project</source>
        <translation>một tệp nén ZIP không có project.qde, không phải dự án REFI-QDA</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <source>a link to %1, outside the corpus</source>
        <translation>một liên kết tới %1, nằm ngoài kho ngữ liệu</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape</source>
        <translation>một nửa cặp thay thế UTF-16 đứng riêng</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape (byte %1)</source>
        <translation>một nửa cặp thay thế UTF-16 đứng riêng (byte %1)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>một phần của đường dẫn không phải thư mục</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>một socket</translation>
    </message>
    <message>
        <source>a topic named “%1” exists already</source>
        <translation>đã có một chủ đề tên “%1”</translation>
    </message>
    <message>
        <source>a topic needs a name</source>
        <translation>chủ đề cần có tên</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>một trang web</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>an EPUB e-book</source>
        <translation>một sách điện tử EPUB</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>another program has held it locked for over %1 s</source>
        <translation>một chương trình khác đã khóa nó hơn %1 giây</translation>
    </message>
    <message>
        <source>article “%1”: matches %2 files; give the path within the corpus</source>
        <translation>bài báo “%1”: khớp với %2 tệp; hãy nêu đường dẫn trong kho ngữ liệu</translation>
    </message>
    <message>
        <source>article “%1”: not in the corpus</source>
        <translation>bài báo “%1”: không có trong kho ngữ liệu</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>dữ liệu nhị phân, không phải văn bản</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>cannot be read as %1</source>
        <translation>không đọc được như %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>không ghi được</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>không ghi được: %1</translation>
    </message>
    <message>
        <source>claim “%1” is in cluster “%2” too</source>
        <translation>nhận định “%1” cũng nằm trong cụm “%2”</translation>
    </message>
    <message>
        <source>colour “%1” is not #RRGGBB</source>
        <translation>màu “%1” không có dạng #RRGGBB</translation>
    </message>
    <message>
        <source>decoded as %1 now; its claims were made on it decoded as %2</source>
        <translation>nay được giải mã là %1; các nhận định của nó được tạo trên văn bản giải mã là %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>điểm cuối %1 nằm trước điểm đầu %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>cần %1, nhưng có %2</translation>
    </message>
    <message>
        <source>format “%1”: unknown; choose one of %2</source>
        <translation>định dạng “%1”: không rõ; hãy chọn một trong %2</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 thất bại: %2</translation>
    </message>
    <message>
        <source>git cannot be run (%1)</source>
        <translation>không chạy được git (%1)</translation>
    </message>
    <message>
        <source>git did not answer</source>
        <translation>git không phản hồi</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2</source>
        <translation>JSON không hợp lệ ở dòng %1, cột %2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>không hợp lệ: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <source>line %1: a concept needs an id and entries in two languages or more</source>
        <translation>dòng %1: một khái niệm cần mã định danh và mục từ bằng hai ngôn ngữ trở lên</translation>
    </message>
    <message>
        <source>line %1: missing or repeated concept id “%2”</source>
        <translation>dòng %1: mã khái niệm bị thiếu hoặc lặp lại “%2”</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (%1)</source>
        <translation>đã hợp nhất, nhưng không thể chuyển sang chỗ khác (%1)</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (its folder is gone)</source>
        <translation>đã hợp nhất, nhưng không thể chuyển sang chỗ khác (thư mục của nó không còn)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>negative offset %1</source>
        <translation>vị trí âm %1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>lồng sâu hơn %1 cấp</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>lồng quá sâu</translation>
    </message>
    <message>
        <source>nested too deeply (byte %1)</source>
        <translation>lồng quá sâu (byte %1)</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>đĩa đã hết chỗ trống</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>no tag column in the first row: not a codebook CSV</source>
        <translation>không có cột nhãn ở hàng đầu: không phải bộ mã CSV</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>không có văn bản</translation>
    </message>
    <message>
        <source>no text in %1</source>
        <translation>không có văn bản trong %1</translation>
    </message>
    <message>
        <source>no text layer on any of its %1 pages (a scan without OCR)</source>
        <translation>không trang nào trong %1 trang có lớp văn bản (bản quét không có OCR)</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>không phải JSON</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>không phải UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 (byte %1)</source>
        <translation>không phải UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>not UTF-8 at byte %1 (damaged); opened read-only</source>
        <translation>không phải UTF-8 ở byte %1 (bị hỏng); mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>not UTF-8, and no other text encoding fits</source>
        <translation>không phải UTF-8 và không có bảng mã văn bản nào khác phù hợp</translation>
    </message>
    <message>
        <source>not W3C Web Annotations (no Annotation, page or collection)</source>
        <translation>không phải W3C Web Annotations (không có Annotation, trang hay bộ sưu tập)</translation>
    </message>
    <message>
        <source>not a claim</source>
        <translation>không phải nhận định</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>không phải tệp</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>không phải thư mục</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>không phải tệp thông thường (%1)</translation>
    </message>
    <message>
        <source>not a “%1” file</source>
        <translation>không phải tệp “%1”</translation>
    </message>
    <message>
        <source>not an HTML page with any content</source>
        <translation>không phải trang HTML có nội dung</translation>
    </message>
    <message>
        <source>not in a git work tree (run “git init” there, or choose a folder of a repository)</source>
        <translation>không nằm trong cây làm việc git (hãy chạy “git init” ở đó hoặc chọn một thư mục của kho mã)</translation>
    </message>
    <message>
        <source>not valid UTF-16 at byte %1</source>
        <translation>UTF-16 không hợp lệ ở byte %1</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2</source>
        <translation>XML sai cấu trúc ở dòng %1, cột %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>rỗng (null)</translation>
    </message>
    <message>
        <source>of the wrong kind</source>
        <translation>sai kiểu</translation>
    </message>
    <message>
        <source>offset %1 is beyond the text (%2 characters)</source>
        <translation>vị trí %1 nằm ngoài văn bản (%2 ký tự)</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>thao tác không được phép</translation>
    </message>
    <message>
        <source>our</source>
        <translation>của ta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền</translation>
    </message>
    <message>
        <source>repeated id “%1”</source>
        <translation>mã định danh lặp lại “%1”</translation>
    </message>
    <message>
        <source>reviewer “%1”: has no claims in the corpus</source>
        <translation>người đánh giá “%1”: không có nhận định nào trong kho ngữ liệu</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;CodeBook&gt;</source>
        <translation>gốc XML là &lt;%1&gt;, không phải &lt;CodeBook&gt; của REFI-QDA</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;Project&gt;</source>
        <translation>gốc XML là &lt;%1&gt;, không phải &lt;Project&gt; của REFI-QDA</translation>
    </message>
    <message>
        <source>the codebook has no topics, and a REFI-QDA codebook needs at least one</source>
        <translation>bộ mã không có chủ đề nào, mà bộ mã REFI-QDA cần ít nhất một</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not embedded (only a link to them)</source>
        <translation>các trang của bộ sưu tập không được nhúng (chỉ có liên kết tới chúng)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the e-book names no package document (META-INF/container.xml)</source>
        <translation>sách điện tử không nêu tài liệu gói nào (META-INF/container.xml)</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>tệp đang bận</translation>
    </message>
    <message>
        <source>the language model is damaged: %1</source>
        <translation>mô hình ngôn ngữ bị hỏng: %1</translation>
    </message>
    <message>
        <source>the language model is missing</source>
        <translation>thiếu mô hình ngôn ngữ</translation>
    </message>
    <message>
        <source>the topic “%1” is on claims (%2)</source>
        <translation>chủ đề “%1” đang gắn với nhận định (%2)</translation>
    </message>
    <message>
        <source>their</source>
        <translation>của họ</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import</source>
        <translation>đây có vẻ là %1, loại mà Marginalia không nhập được</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import (%2)</source>
        <translation>đây có vẻ là %1, loại mà Marginalia không nhập được (%2)</translation>
    </message>
    <message>
        <source>too large (%1 bytes; the limit is %2)</source>
        <translation>quá lớn (%1 byte; giới hạn là %2)</translation>
    </message>
    <message>
        <source>too large (over %1 bytes)</source>
        <translation>quá lớn (trên %1 byte)</translation>
    </message>
    <message>
        <source>topic “%1”: not in the codebook</source>
        <translation>chủ đề “%1”: không có trong bộ mã</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>đúng hoặc sai</translation>
    </message>
    <message>
        <source>two topics share a shortcut</source>
        <translation>hai chủ đề dùng chung một phím tắt</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>phiên bản định dạng không rõ %1</translation>
    </message>
    <message>
        <source>unsupported offset unit “%1”</source>
        <translation>đơn vị vị trí không được hỗ trợ “%1”</translation>
    </message>
    <message>
        <source>written by a newer Marginalia</source>
        <translation>được ghi bởi phiên bản Marginalia mới hơn</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (format %1; this version reads up to %2)</source>
        <translation>được ghi bởi phiên bản Marginalia mới hơn (định dạng %1; phiên bản này đọc tới %2)</translation>
    </message>
    <message>
        <source>“%1” is not a BCP 47 language tag</source>
        <translation>“%1” không phải thẻ ngôn ngữ BCP 47</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time with offset</source>
        <translation>“%1” không phải thời điểm ISO 8601 có độ lệch múi giờ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be read and are left out.</source>
        <translation>
            <numerusform>Không đọc được %Ln bài báo nên đã bỏ qua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln nhận định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>exported</comment>
        <translation>
            <numerusform>%Ln nhận định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln chủ đề</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tất cả</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Không chọn</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(không có người đánh giá)</translation>
    </message>
    <message>
        <source>A readable report of the claims, grouped by topic.</source>
        <translation>Báo cáo dễ đọc về các nhận định, nhóm theo chủ đề.</translation>
    </message>
    <message>
        <source>A&amp;djudicated claims only</source>
        <translation>Chỉ nhận định đã &amp;phân xử</translation>
    </message>
    <message>
        <source>About the format</source>
        <translation>Về định dạng</translation>
    </message>
    <message>
        <source>All articles (%1)</source>
        <translation>Tất cả bài báo (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Bảng tính CSV</translation>
    </message>
    <message>
        <source>Check all topics</source>
        <translation>Chọn tất cả chủ đề</translation>
    </message>
    <message>
        <source>Check at least one topic.</source>
        <translation>Hãy chọn ít nhất một chủ đề.</translation>
    </message>
    <message>
        <source>Check every topic</source>
        <translation>Chọn mọi chủ đề</translation>
    </message>
    <message>
        <source>Choose where to write the file, then write it</source>
        <translation>Chọn nơi ghi tệp rồi ghi tệp</translation>
    </message>
    <message>
        <source>Claims of %1 only, as the window shows them (Reviewers menu).</source>
        <translation>Chỉ nhận định của %1, như cửa sổ đang hiện (menu Người đánh giá).</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Đóng mà không xuất</translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Nothing was written; choose another folder or name.</source>
        <translation>Không xuất được vào %1: %2. Chưa ghi gì cả; hãy chọn thư mục hoặc tên khác.</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>Bài báo hiện tại</translation>
    </message>
    <message>
        <source>Current article: %1</source>
        <translation>Bài báo hiện tại: %1</translation>
    </message>
    <message>
        <source>Every claim, with or without a topic.</source>
        <translation>Mọi nhận định, có hay không có chủ đề.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Xuất chú thích</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Xem trước bản xuất</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Kết quả xuất</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Tóm tắt bản xuất</translation>
    </message>
    <message>
        <source>Export the claims of every article of the folder</source>
        <translation>Xuất nhận định của mọi bài báo trong thư mục</translation>
    </message>
    <message>
        <source>Export the claims of the article open in the window</source>
        <translation>Xuất nhận định của bài báo đang mở trong cửa sổ</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>Đã xuất %1 %2 vào %3.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln topic(s)) to %1.</source>
        <translation>
            <numerusform>Đã xuất bộ mã (%Ln chủ đề) vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất vào %1…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Báo cáo HTML</translation>
    </message>
    <message>
        <source>It is inside the corpus folder, so the library will list it as an article.</source>
        <translation>Tệp nằm trong thư mục kho ngữ liệu nên thư viện sẽ liệt kê nó như một bài báo.</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Báo cáo Markdown</translation>
    </message>
    <message>
        <source>Nothing to export: no topic is checked.</source>
        <translation>Không có gì để xuất: chưa chọn chủ đề nào.</translation>
    </message>
    <message>
        <source>One row per claim, for a spreadsheet or a script.</source>
        <translation>Mỗi nhận định một hàng, dùng cho bảng tính hoặc script.</translation>
    </message>
    <message>
        <source>One self-contained page with each article&apos;s text and highlighted claims.</source>
        <translation>Một trang độc lập chứa văn bản của từng bài báo cùng các nhận định được tô sáng.</translation>
    </message>
    <message>
        <source>Only claims with a checked topic; articles without one are left out.</source>
        <translation>Chỉ các nhận định có chủ đề được chọn; bài báo không có nhận định nào như vậy bị bỏ qua.</translation>
    </message>
    <message>
        <source>Only the adjudicator&apos;s decisions: claims settled from two reviewers&apos; claims (Reviewers ▸ Adjudicate…)</source>
        <translation>Chỉ các quyết định của người phân xử: nhận định được chốt từ nhận định của hai người đánh giá (Người đánh giá ▸ Phân xử…)</translation>
    </message>
    <message>
        <source>Only the claims of the checked topics are exported; Space checks or unchecks a topic</source>
        <translation>Chỉ xuất nhận định thuộc các chủ đề được chọn; phím cách để chọn hoặc bỏ chọn một chủ đề</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>Bộ mã REFI-QDA (.qdc)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Dự án REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>Texts, codes and codings for ATLAS.ti, MAXQDA, NVivo and other QDA tools. The preview shows its project.qde.</source>
        <translation>Văn bản, mã và phần mã hoá cho ATLAS.ti, MAXQDA, NVivo và các công cụ QDA khác. Bản xem trước hiện tệp project.qde bên trong.</translation>
    </message>
    <message>
        <source>The beginning of the file as it will be written, read-only</source>
        <translation>Phần đầu của tệp như sẽ được ghi, chỉ đọc</translation>
    </message>
    <message>
        <source>The codebook export holds every topic.</source>
        <translation>Bản xuất bộ mã chứa mọi chủ đề.</translation>
    </message>
    <message>
        <source>The kind of file to write</source>
        <translation>Loại tệp sẽ ghi</translation>
    </message>
    <message>
        <source>The open standard for annotations: one JSON-LD file, offsets in code points.</source>
        <translation>Chuẩn mở cho chú thích: một tệp JSON-LD, vị trí tính theo điểm mã.</translation>
    </message>
    <message>
        <source>The topics only, for QDA tools.</source>
        <translation>Chỉ các chủ đề, dùng cho công cụ QDA.</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>Không thể tạo bản xuất này: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Topics to export</source>
        <translation>Chủ đề cần xuất</translation>
    </message>
    <message>
        <source>Uncheck all topics</source>
        <translation>Bỏ chọn tất cả chủ đề</translation>
    </message>
    <message>
        <source>Uncheck every topic</source>
        <translation>Bỏ chọn mọi chủ đề</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Which claims are exported</source>
        <translation>Những nhận định nào được xuất</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln article(s)</source>
        <translation>
            <numerusform>từ %Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không ai</translation>
    </message>
    <message>
        <source>preview cut at %1 of %2 characters; the file has everything</source>
        <translation>bản xem trước cắt ở %1/%2 ký tự; tệp có đầy đủ</translation>
    </message>
    <message>
        <source>showing %1 from the archive</source>
        <translation>đang hiện %1 trong tệp nén</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message numerus="yes">
        <source>%1 coded %Ln character(s) (%2 of the text)</source>
        <translation>
            <numerusform>%1 đã mã hoá %Ln ký tự (%2 văn bản)</numerusform>
        </translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Tất cả chủ đề (trung bình)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
</context>
<context>
    <name>FigureTablePane</name>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Sao &amp;chép bảng</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>Về ô hiện tại</translation>
    </message>
    <message>
        <source>Arrow keys move from figure to figure; the line under the table says what the current one means</source>
        <translation>Phím mũi tên chuyển giữa các chỉ số; dòng dưới bảng giải thích chỉ số hiện tại</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy the table as shown, to paste into a spreadsheet or a document (Ctrl+C in the table copies the selected cells)</source>
        <translation>Sao chép bảng như đang hiện để dán vào bảng tính hoặc tài liệu (Ctrl+C trong bảng sao chép các ô đã chọn)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Xuất C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Xuất các chỉ số ra CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file: proportions with a dot, and why each missing figure is missing</source>
        <translation>Lưu các chỉ số vào tệp CSV: tỷ lệ dùng dấu chấm thập phân, kèm lý do thiếu của từng chỉ số bị thiếu</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>Chỉ số hiện tại bằng lời, và lý do nếu thiếu</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <source>Every match is painted in the text; Enter goes to the next, Shift+Enter to the previous, Esc closes</source>
        <translation>Mọi kết quả được tô trong văn bản; Enter sang kết quả sau, Shift+Enter về kết quả trước, Esc để đóng</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Tìm trong bài báo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kết quả sau</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Kết quả sau (Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Kết quả trước (Shift+Enter)</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>%1 per article and topic</source>
        <translation>%1 theo bài báo và chủ đề</translation>
    </message>
    <message numerus="yes">
        <source>%Ln further article(s) in the tables, not drawn here.</source>
        <translation>
            <numerusform>%Ln bài báo còn lại có trong các bảng, không vẽ ở đây.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Chỉ số:</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>Về ô hiện tại</translation>
    </message>
    <message>
        <source>All articles (pooled)</source>
        <translation>Tất cả bài báo (gộp)</translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Tất cả chủ đề (trung bình)</translation>
    </message>
    <message>
        <source>Figure shown in the heat map</source>
        <translation>Chỉ số hiện trên bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Heat map of agreement per article and topic</source>
        <translation>Bản đồ nhiệt độ đồng thuận theo bài báo và chủ đề</translation>
    </message>
    <message>
        <source>Nothing to draw: choose at least one article and one topic.</source>
        <translation>Không có gì để vẽ: hãy chọn ít nhất một bài báo và một chủ đề.</translation>
    </message>
    <message>
        <source>One figure for each article and topic: the colour runs from dark (0 or below) to light (1), and the value is written in each cell. Hatched cells have no figure.</source>
        <translation>Mỗi bài báo và chủ đề một chỉ số: màu đi từ tối (0 trở xuống) đến sáng (1), giá trị được ghi trong từng ô. Ô gạch chéo là không có chỉ số.</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>Chỉ số hiện tại bằng lời, và lý do nếu thiếu</translation>
    </message>
    <message>
        <source>Which agreement figure colours the cells</source>
        <translation>Chỉ số đồng thuận nào tô màu các ô</translation>
    </message>
    <message>
        <source>no figure (the words in the cell say why)</source>
        <translation>không có chỉ số (ô cho biết lý do)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
</context>
<context>
    <name>HighContrast</name>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Màu tương phản cao</translation>
    </message>
    <message>
        <source>White text on black, the chosen item in yellow, for low vision</source>
        <translation>Chữ trắng trên nền đen, mục đang chọn màu vàng, cho người thị lực kém</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>  • %1 (%2)</source>
        <translation>  • %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>imported</comment>
        <translation>
            <numerusform>%Ln nhận định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) updated</source>
        <translation>
            <numerusform>%Ln nhận định được cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed in the text and are kept as orphans to re-attach.</source>
        <translation>
            <numerusform>%Ln nhận định không tìm được vị trí trong văn bản, được giữ lại dưới dạng mồ côi để neo lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ(s) from claims here that are not older: the claims here are kept, and the incoming versions are in the articles&apos; history.</source>
        <translation>
            <numerusform>%Ln nhận định khác với nhận định hiện có không cũ hơn: giữ nhận định hiện có, còn phiên bản nhập vào nằm trong lịch sử của bài báo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched no article of this folder.</source>
        <translation>
            <numerusform>%Ln không khớp với bài báo nào trong thư mục này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new claim(s)</source>
        <translation>
            <numerusform>%Ln nhận định mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were here already.</source>
        <translation>
            <numerusform>%Ln đã có sẵn ở đây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were left out:</source>
        <translation>
            <numerusform>%Ln bị bỏ qua:</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>Codebook CSV (Taguette)</source>
        <translation>Bộ mã CSV (Taguette)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
    <message>
        <source>Everything Marginalia imports (%1)</source>
        <translation>Mọi tệp Marginalia nhập được (%1)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Từ %1:</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Nhập chú thích</translation>
    </message>
    <message>
        <source>Imported %1 and updated %2 from %3.</source>
        <translation>Đã nhập %1 và cập nhật %2 từ %3.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Đang nhập vào %1…</translation>
    </message>
    <message>
        <source>New topics: %1.</source>
        <translation>Chủ đề mới: %1.</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Bộ mã REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Dự án REFI-QDA</translation>
    </message>
    <message>
        <source>W3C Web Annotations or Hypothesis export</source>
        <translation>W3C Web Annotations hoặc bản xuất của Hypothesis</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>trong %Ln bài báo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not to be written: %2</source>
        <translation>không được ghi %1: %2</translation>
    </message>
    <message>
        <source>%1, not text</source>
        <translation>%1, không phải văn bản</translation>
    </message>
    <message>
        <source>a PDF without a plain-text representation</source>
        <translation>một PDF không có bản văn bản thuần</translation>
    </message>
    <message>
        <source>a link between annotations none of which is a claim here</source>
        <translation>một liên kết giữa các chú thích mà không cái nào là nhận định ở đây</translation>
    </message>
    <message>
        <source>a page note, attached to no text</source>
        <translation>một ghi chú trang, không gắn với văn bản nào</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>một hình ảnh</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>một bản ghi âm</translation>
    </message>
    <message>
        <source>a reply to another annotation, attached to no text</source>
        <translation>một phản hồi cho chú thích khác, không gắn với văn bản nào</translation>
    </message>
    <message>
        <source>a topic of that name exists already</source>
        <translation>đã có một chủ đề trùng tên</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>một video</translation>
    </message>
    <message>
        <source>already here, unchanged</source>
        <translation>đã có ở đây, không đổi</translation>
    </message>
    <message>
        <source>already in the corpus</source>
        <translation>đã có trong kho ngữ liệu</translation>
    </message>
    <message>
        <source>cluster already here, unchanged</source>
        <translation>cụm đã có ở đây, không đổi</translation>
    </message>
    <message>
        <source>id %1 occurs earlier in the file</source>
        <translation>mã định danh %1 đã xuất hiện trước đó trong tệp</translation>
    </message>
    <message>
        <source>no quote, and the position is beyond the text</source>
        <translation>không có trích dẫn, và vị trí nằm ngoài văn bản</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>không có đích</translation>
    </message>
    <message>
        <source>no usable TextQuoteSelector or TextPositionSelector</source>
        <translation>không có TextQuoteSelector hay TextPositionSelector dùng được</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải đối tượng JSON</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>không phải Annotation, AnnotationPage hay AnnotationCollection</translation>
    </message>
    <message>
        <source>not imported: it has no text</source>
        <translation>không nhập: không có văn bản</translation>
    </message>
    <message>
        <source>not imported: it has only rich text (richTextPath), no plain text</source>
        <translation>không nhập: chỉ có văn bản định dạng (richTextPath), không có văn bản thuần</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project</source>
        <translation>không nhập: văn bản %1 của nó không có trong dự án</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project (files outside the project are not read)</source>
        <translation>không nhập: văn bản %1 của nó không có trong dự án (không đọc tệp nằm ngoài dự án)</translation>
    </message>
    <message>
        <source>positions %1–%2 are not in the source&apos;s text (%3 characters)</source>
        <translation>vị trí %1–%2 không nằm trong văn bản nguồn (%3 ký tự)</translation>
    </message>
    <message>
        <source>the article %1 cannot be read: %2</source>
        <translation>không đọc được bài báo %1: %2</translation>
    </message>
    <message>
        <source>the target is a whole resource, without a text selector</source>
        <translation>đích là cả một tài nguyên, không có bộ chọn văn bản</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Marginalia will be in %1 from its next start.</source>
        <translation>Marginalia sẽ dùng %1 từ lần khởi động tới.</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Ngôn ngữ hệ thống (%1)</translation>
    </message>
    <message>
        <source>The interface stays in %1.</source>
        <translation>Giao diện vẫn dùng %1.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>tiếng Ả Rập</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>tiếng Trung</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tiếng Séc</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>tiếng Hà Lan</translation>
    </message>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>French</source>
        <translation>tiếng Pháp</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tiếng Đức</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>tiếng Ý</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>tiếng Nhật</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>tiếng Hàn</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>tiếng Ba Lan</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>tiếng Bồ Đào Nha</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>tiếng Nga</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>tiếng Thổ Nhĩ Kỳ</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>tiếng Ukraina</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Ngôn ngữ không rõ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter articles</source>
        <translation>Lọc bài báo</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Lọc bài báo…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Shows only the articles whose title, language, topics or other columns hold these words; Down enters the list</source>
        <translation>Chỉ hiện bài báo có tiêu đề, ngôn ngữ, chủ đề hoặc cột khác chứa các từ này; phím Xuống để vào danh sách</translation>
    </message>
    <message>
        <source>The articles of the folder; choosing one opens it</source>
        <translation>Các bài báo trong thư mục; chọn một bài để mở</translation>
    </message>
    <message>
        <source>Words of the title, language, topics or any column shown; accents and case are ignored</source>
        <translation>Từ trong tiêu đề, ngôn ngữ, chủ đề hoặc cột bất kỳ đang hiện; không phân biệt dấu và chữ hoa</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n nhận định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found so far; still reading the other articles’ claims…</source>
        <translation>
            <numerusform>Đã tìm thấy %n nhận định; vẫn đang đọc nhận định của các bài báo khác…</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims to link to</source>
        <translation>Nhận định để liên kết</translation>
    </message>
    <message>
        <source>Cluster label</source>
        <translation>Tên cụm</translation>
    </message>
    <message>
        <source>Cluster note</source>
        <translation>Ghi chú của cụm</translation>
    </message>
    <message>
        <source>Edit cluster note</source>
        <translation>Sửa ghi chú của cụm</translation>
    </message>
    <message>
        <source>Leave cluster</source>
        <translation>Rời cụm</translation>
    </message>
    <message>
        <source>Link claims</source>
        <translation>Liên kết nhận định</translation>
    </message>
    <message>
        <source>Link “%1” to…</source>
        <translation>Liên kết “%1” với…</translation>
    </message>
    <message>
        <source>Linked with “%1” in the cluster “%2” (Ctrl+Z undoes it).</source>
        <translation>Đã liên kết với “%1” trong cụm “%2” (Ctrl+Z để hoàn tác).</translation>
    </message>
    <message numerus="yes">
        <source>More than %n claims found: type more words to narrow them.</source>
        <translation>
            <numerusform>Tìm thấy hơn %n nhận định: hãy gõ thêm từ để thu hẹp kết quả.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new cluster: the fact these claims report</source>
        <translation>Đặt tên cho cụm mới: sự kiện mà các nhận định này nói đến</translation>
    </message>
    <message>
        <source>Note on the cluster “%1”</source>
        <translation>Ghi chú về cụm “%1”</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Đổi tên cụm</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Đổi tên cụm</translation>
    </message>
    <message>
        <source>Search claims to link to</source>
        <translation>Tìm nhận định để liên kết</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note), then Link to… (Ctrl+L).</source>
        <translation>Hãy chọn một nhận định trước (nhấp vào phần tô sáng hoặc ghi chú), rồi dùng Liên kết với… (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select some text, or choose a claim, on both sides to link them.</source>
        <translation>Hãy chọn văn bản hoặc một nhận định ở cả hai bên để liên kết.</translation>
    </message>
    <message>
        <source>That claim is no longer in “%1” (deleted, or its article removed).</source>
        <translation>Nhận định đó không còn trong “%1” (đã bị xoá, hoặc bài báo của nó đã bị gỡ).</translation>
    </message>
    <message>
        <source>That claim’s annotation file cannot be read: %1</source>
        <translation>Không đọc được tệp chú thích của nhận định đó: %1</translation>
    </message>
    <message>
        <source>The chosen claim is in no cluster.</source>
        <translation>Nhận định đang chọn không thuộc cụm nào.</translation>
    </message>
    <message>
        <source>The chosen claim is linked to no other claim (Ctrl+L links one).</source>
        <translation>Nhận định đang chọn chưa liên kết với nhận định nào khác (Ctrl+L để liên kết).</translation>
    </message>
    <message>
        <source>The claim left the cluster “%1” (Ctrl+Z undoes it).</source>
        <translation>Nhận định đã rời cụm “%1” (Ctrl+Z để hoàn tác).</translation>
    </message>
    <message>
        <source>The clusters file cannot be read, so links cannot be changed: %1</source>
        <translation>Không đọc được tệp cụm nên không thể thay đổi liên kết: %1</translation>
    </message>
    <message>
        <source>These claims are linked already.</source>
        <translation>Các nhận định này đã được liên kết.</translation>
    </message>
    <message>
        <source>Words of a quote, a note, a cluster, an article or a language…</source>
        <translation>Từ trong trích dẫn, ghi chú, cụm, bài báo hoặc ngôn ngữ…</translation>
    </message>
    <message>
        <source>already in this cluster</source>
        <translation>đã ở trong cụm này</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>cụm “%1”</translation>
    </message>
    <message>
        <source>“%1”
%2</source>
        <translation>“%1”
%2</translation>
    </message>
    <message>
        <source>“%1” is read-only: its annotation file could not be read.</source>
        <translation>“%1” chỉ đọc: không đọc được tệp chú thích của nó.</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter links · Esc cancels. Linked claims form a cluster: one fact as several articles report it.</source>
        <translation>↑ ↓ chọn · Enter để liên kết · Esc để huỷ. Các nhận định liên kết tạo thành một cụm: một sự kiện như nhiều bài báo đưa tin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Giới thiệu Marginalia</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <source>Article facts</source>
        <translation>Thông tin bài báo</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Ngôn ngữ bài báo</translation>
    </message>
    <message>
        <source>BCP 47 language tag (e.g. vi, pt-BR, ar):</source>
        <translation>Mã ngôn ngữ BCP 47 (ví dụ vi, pt-BR, ar):</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Không mở được bài báo</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>Không mở được thư mục</translation>
    </message>
    <message>
        <source>Could not save: %1. Your changes are kept and saving will be retried.</source>
        <translation>Không lưu được: %1. Thay đổi của bạn vẫn được giữ và sẽ thử lưu lại.</translation>
    </message>
    <message>
        <source>Marginalia %1 — offline reading and annotation for researchers.</source>
        <translation>Marginalia %1 — đọc và chú thích ngoại tuyến cho nhà nghiên cứu.</translation>
    </message>
    <message>
        <source>Not listed, not read: %1</source>
        <translation>Không liệt kê, không đọc: %1</translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation>Chưa lưu — đang thử lại</translation>
    </message>
    <message>
        <source>Only the claims of these topics are shown</source>
        <translation>Chỉ hiện nhận định thuộc các chủ đề này</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>Mở một thư mục bài báo</translation>
    </message>
    <message>
        <source>Problems with this article</source>
        <translation>Vấn đề với bài báo này</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Đang đọc thư viện</translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2</source>
        <translation>Đang đọc thư viện… %1/%2</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Trạng thái lưu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Đặt ngôn ngữ</translation>
    </message>
    <message>
        <source>Showing claims of: %1 (Ctrl+0 shows all)</source>
        <translation>Đang hiện nhận định của: %1 (Ctrl+0 để hiện tất cả)</translation>
    </message>
    <message>
        <source>Some changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>Một số thay đổi không lưu được:
%1

Vẫn đóng và bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>That claim is no longer in the article.</source>
        <translation>Nhận định đó không còn trong bài báo.</translation>
    </message>
    <message>
        <source>The article&apos;s language, its claims and how they were placed in the text</source>
        <translation>Ngôn ngữ của bài báo, các nhận định và cách chúng được đặt trong văn bản</translation>
    </message>
    <message>
        <source>The reader beside is for comparing and linking: View ▸ Swap Readers brings its article here to edit it.</source>
        <translation>Khung đọc bên cạnh dùng để so sánh và liên kết: Xem ▸ Đổi chỗ hai khung đọc sẽ đưa bài báo của nó về đây để sửa.</translation>
    </message>
    <message>
        <source>The topics file could not be read and is left as it is: %1</source>
        <translation>Không đọc được tệp chủ đề nên giữ nguyên: %1</translation>
    </message>
    <message>
        <source>Topics shown</source>
        <translation>Chủ đề đang hiện</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Whether every change is written to the annotation file</source>
        <translation>Mọi thay đổi đã được ghi vào tệp chú thích hay chưa</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>&amp;Address (URL)</source>
        <translation>Đị&amp;a chỉ (URL)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>Tác &amp;giả</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Báo</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>Ngày đă&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <source>Article Details — %1</source>
        <translation>Thông tin bài báo — %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>The article&apos;s title, as the library shows it</source>
        <translation>Tiêu đề bài báo, như thư viện hiển thị</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD (for example 2024-05-06).</source>
        <translation>Ngày phải viết theo dạng YYYY-MM-DD (ví dụ 2024-05-06).</translation>
    </message>
    <message>
        <source>The date of publication, written YYYY-MM-DD</source>
        <translation>Ngày đăng, viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The newspaper, site or agency that published the article</source>
        <translation>Tờ báo, trang tin hoặc hãng thông tấn đã đăng bài báo</translation>
    </message>
    <message>
        <source>Where the article was published</source>
        <translation>Nơi đăng bài báo</translation>
    </message>
    <message>
        <source>Who wrote the article</source>
        <translation>Người viết bài báo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Write a note… (Esc when done)</source>
        <translation>Viết ghi chú… (Esc khi xong)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No claims in this article yet.

View ▸ Swap Readers brings it to the main reader to highlight some.</source>
        <translation>Bài báo này chưa có nhận định nào.

Xem ▸ Đổi chỗ hai khung đọc sẽ đưa nó sang khung đọc chính để tô sáng.</translation>
    </message>
    <message>
        <source>No claims shown.

Select text in the article and press H to highlight a claim, then 1, 2, 3… to tag it with topics and N or Enter to write a note.</source>
        <translation>Chưa có nhận định nào.

Chọn văn bản trong bài báo và nhấn H để tô sáng một nhận định, rồi 1, 2, 3… để gắn chủ đề và N hoặc Enter để viết ghi chú.</translation>
    </message>
    <message>
        <source>No claims with the chosen topics.

View ▸ Show Claims of Topics changes the choice.</source>
        <translation>Không có nhận định nào thuộc các chủ đề đã chọn.

Xem ▸ Hiện nhận định theo chủ đề để đổi lựa chọn.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>One card per claim, level with its highlight: Up and Down choose a card, Enter goes to its claim in the text, N writes its note</source>
        <translation>Mỗi nhận định một thẻ, ngang với phần tô sáng của nó: phím Lên và Xuống để chọn thẻ, Enter để đến nhận định trong văn bản, N để viết ghi chú</translation>
    </message>
</context>
<context>
    <name>PassageList</name>
    <message>
        <source>Passages compared</source>
        <translation>Các đoạn văn được so sánh</translation>
    </message>
</context>
<context>
    <name>PassageView</name>
    <message>
        <source>Article text with both reviewers&apos; claims</source>
        <translation>Văn bản bài báo với nhận định của cả hai người đánh giá</translation>
    </message>
</context>
<context>
    <name>PassageWords</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing coded</source>
        <translation>%1: không mã hoá gì</translation>
    </message>
    <message>
        <source>Agreement (overlapping, same topics)</source>
        <translation>Đồng thuận (chồng lấn, cùng chủ đề)</translation>
    </message>
    <message>
        <source>Agreement (same span, same topics)</source>
        <translation>Đồng thuận (cùng phạm vi, cùng chủ đề)</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Bất đồng</translation>
    </message>
    <message>
        <source>Disagreement (coded by one reviewer only)</source>
        <translation>Bất đồng (chỉ một người đánh giá mã hoá)</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>không có chủ đề</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>to settle</source>
        <translation>cần giải quyết</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Thêm vào màu tuỳ chọn</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Màu &amp;cơ bản</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Màu &amp;tuỳ chọn</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>Xanh lá (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>Lấy màu trên &amp;màn hình</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>Đỏ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>Độ bão hoà (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>Độ sáng (&amp;V):</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>Kênh alpha (&amp;L):</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>Xanh lam (&amp;U):</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Con trỏ tại %1, %2
Nhấn Esc để huỷ</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>Sắc độ (&amp;H):</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Chọn màu</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách khung ra khỏi cửa sổ và gắn lại</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Văn bản bài báo</translation>
    </message>
    <message>
        <source>The article, read-only, with its claims highlighted: select text and press H to highlight a claim; Tab goes from claim to claim</source>
        <translation>Bài báo, chỉ đọc, với các nhận định được tô sáng: chọn văn bản và nhấn H để tô sáng một nhận định; Tab để đi từ nhận định này sang nhận định khác</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>%1 %2</source>
        <comment>claims in articles</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln nhận định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s): each row is one fact, each column what an article says of it.</source>
        <translation>
            <numerusform>%Ln cụm: mỗi hàng là một sự kiện, mỗi cột là những gì một bài báo nói về sự kiện đó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more article(s) in the table, not drawn</source>
        <translation>
            <numerusform>%Ln bài báo nữa có trong bảng, không được vẽ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more member(s) not in this export</source>
        <translation>
            <numerusform>%Ln nhận định khác của cụm không có trong bản xuất này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more topic(s) with fewer claims in the table, not drawn</source>
        <translation>
            <numerusform>%Ln chủ đề nữa có ít nhận định hơn nằm trong bảng, không được vẽ</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty selection)</source>
        <translation>(vùng chọn trống)</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <source>Across outlets</source>
        <translation>Giữa các báo</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Nhận định</translation>
    </message>
    <message>
        <source>Claims per topic</source>
        <translation>Nhận định theo chủ đề</translation>
    </message>
    <message>
        <source>Claims per topic per article</source>
        <translation>Nhận định theo chủ đề và bài báo</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Xuất lúc %1</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Báo cáo Marginalia</translation>
    </message>
    <message>
        <source>No claims matched.</source>
        <translation>Không có nhận định nào khớp.</translation>
    </message>
    <message>
        <source>No claims to chart.</source>
        <translation>Không có nhận định nào để vẽ biểu đồ.</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Không có nhận định.</translation>
    </message>
    <message>
        <source>Not found in the text: “%1”</source>
        <translation>Không tìm thấy trong văn bản: “%1”</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Chưa gắn chủ đề</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>cũng thuộc: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>ký tự %1–%2</translation>
    </message>
    <message>
        <source>claims</source>
        <comment>the unit of the chart&apos;s vertical axis</comment>
        <translation>nhận định</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>trong %Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>tr. %1</translation>
    </message>
</context>
<context>
    <name>ReviewerNameDialog</name>
    <message>
        <source>Reviewer name</source>
        <translation>Tên người đánh giá</translation>
    </message>
    <message>
        <source>You can change it later in Reviewers ▸ Your Reviewer Name….</source>
        <translation>Bạn có thể đổi sau trong Người đánh giá ▸ Tên người đánh giá của bạn….</translation>
    </message>
    <message>
        <source>Your Reviewer Name</source>
        <translation>Tên người đánh giá của bạn</translation>
    </message>
    <message>
        <source>Your claims are saved under this name, so a team&apos;s claims can be told apart, compared and merged.</source>
        <translation>Nhận định của bạn được lưu dưới tên này, để có thể phân biệt, so sánh và hợp nhất nhận định của cả nhóm.</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Tên hoặc tên viết tắt của bạn</translation>
    </message>
</context>
<context>
    <name>ReviewersMenu</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (bạn)</translation>
    </message>
    <message>
        <source>&amp;My Claims Only (Independent Coding)</source>
        <translation>&amp;Chỉ nhận định của tôi (mã hoá độc lập)</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(không có người đánh giá)</translation>
    </message>
    <message>
        <source>A&amp;ll Reviewers</source>
        <translation>&amp;Mọi người đánh giá</translation>
    </message>
    <message>
        <source>Claims of %1 only</source>
        <translation>Chỉ nhận định của %1</translation>
    </message>
    <message>
        <source>Hide the other reviewers&apos; claims, notes and counts everywhere, to code without seeing them</source>
        <translation>Ẩn nhận định, ghi chú và số đếm của những người đánh giá khác ở mọi nơi, để mã hoá mà không nhìn thấy chúng</translation>
    </message>
    <message>
        <source>Independent coding: only your claims (%1) are shown</source>
        <translation>Mã hoá độc lập: chỉ hiện nhận định của bạn (%1)</translation>
    </message>
    <message>
        <source>New claims are saved under the name %1.</source>
        <translation>Nhận định mới được lưu dưới tên %1.</translation>
    </message>
    <message>
        <source>Only These Reviewers:</source>
        <translation>Chỉ những người đánh giá này:</translation>
    </message>
    <message>
        <source>Reviewers shown</source>
        <translation>Người đánh giá được hiện</translation>
    </message>
    <message>
        <source>Show every reviewer&apos;s claims</source>
        <translation>Hiện nhận định của mọi người đánh giá</translation>
    </message>
    <message>
        <source>The name your new claims are saved under</source>
        <translation>Tên dùng để lưu các nhận định mới của bạn</translation>
    </message>
    <message>
        <source>Your Reviewer &amp;Name…</source>
        <translation>Tên &amp;người đánh giá của bạn…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không ai</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles with the words searched for; Enter opens one</source>
        <translation>Bài báo có các từ cần tìm; Enter để mở</translation>
    </message>
    <message>
        <source>Indexing articles…</source>
        <translation>Đang lập chỉ mục bài báo…</translation>
    </message>
    <message>
        <source>Indexing articles… %1 of %2</source>
        <translation>Đang lập chỉ mục bài báo… %1/%2</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>Tìm trong mọi bài báo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Trạng thái tìm kiếm</translation>
    </message>
    <message>
        <source>Search the text of all articles…</source>
        <translation>Tìm trong văn bản của mọi bài báo…</translation>
    </message>
    <message>
        <source>Words to find in the text of every article of the folder; Enter opens the first article found</source>
        <translation>Các từ cần tìm trong văn bản của mọi bài báo trong thư mục; Enter để mở bài báo đầu tiên tìm thấy</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Search All Articles</source>
        <translation>Tìm trong mọi bài báo</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>Tệp chú thích (JSON)</translation>
    </message>
</context>
<context>
    <name>SidecarView</name>
    <message>
        <source>No article is open.</source>
        <translation>Chưa mở bài báo nào.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Chưa mở bài báo</translation>
    </message>
    <message>
        <source>Not on disk yet: saving shortly.</source>
        <translation>Chưa có trên đĩa: sắp lưu.</translation>
    </message>
    <message>
        <source>Not on disk yet: the file is written with the first claim.</source>
        <translation>Chưa có trên đĩa: tệp sẽ được ghi khi có nhận định đầu tiên.</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Saving will be retried.</source>
        <translation>Chưa lưu: %1. Sẽ thử lưu lại.</translation>
    </message>
    <message>
        <source>Not shown: this file cannot be read as claims, and it may hold other reviewers&apos; claims (Reviewers menu).</source>
        <translation>Không hiển thị: không thể đọc tệp này thành các nhận định, và tệp có thể chứa nhận định của người đánh giá khác (trình đơn Người đánh giá).</translation>
    </message>
    <message>
        <source>On disk and up to date.</source>
        <translation>Đã có trên đĩa và cập nhật.</translation>
    </message>
    <message>
        <source>On disk, with unsaved changes: saving shortly.</source>
        <translation>Đã có trên đĩa, còn thay đổi chưa lưu: sắp lưu.</translation>
    </message>
    <message>
        <source>Only the claims of the reviewers shown are listed here; the file keeps everyone&apos;s.</source>
        <translation>Ở đây chỉ liệt kê nhận định của những người đánh giá đang hiển thị; tệp vẫn giữ nhận định của mọi người.</translation>
    </message>
    <message>
        <source>Read-only: the file cannot be read (%1). It is shown as it is on disk and will not be written.</source>
        <translation>Chỉ đọc: không đọc được tệp (%1). Tệp được hiện như trên đĩa và sẽ không bị ghi.</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>Tệp chú thích (JSON)</translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation>Tệp chú thích</translation>
    </message>
    <message>
        <source>Sidecar state</source>
        <translation>Trạng thái tệp chú thích</translation>
    </message>
    <message>
        <source>The annotation file as it is on disk, read-only</source>
        <translation>Tệp chú thích như trên đĩa, chỉ đọc</translation>
    </message>
    <message>
        <source>The annotation file of the open article</source>
        <translation>Tệp chú thích của bài báo đang mở</translation>
    </message>
    <message>
        <source>Whether the file on disk holds every change</source>
        <translation>Tệp trên đĩa đã chứa mọi thay đổi hay chưa</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Accept suggestion</source>
        <translation>Chấp nhận gợi ý</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>Không mở được bài báo: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select some text first, then Find in Other Articles (Ctrl+Shift+O).</source>
        <translation>Hãy chọn một nhận định hoặc một đoạn văn bản trước, rồi dùng Tìm trong bài báo khác (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Find in Other Articles</source>
        <translation>Tìm trong bài báo khác</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Hãy mở một bài báo trước.</translation>
    </message>
    <message>
        <source>That article changed since it was searched; looking again.</source>
        <translation>Bài báo đó đã thay đổi từ lúc tìm; đang tìm lại.</translation>
    </message>
    <message>
        <source>The claim looked for is no longer there.</source>
        <translation>Nhận định cần tìm không còn nữa.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>%1
Left out, as they cannot be read: %2</source>
        <translation>%1
Bỏ qua vì không đọc được: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) searched. Enter previews a passage beside; Ctrl+Enter accepts it as a linked claim.</source>
        <translation>
            <numerusform>Đã tìm trong %n bài báo. Enter để xem trước đoạn văn ở khung đọc bên cạnh; Ctrl+Enter để chấp nhận thành nhận định liên kết.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Xem &amp;trước</translation>
    </message>
    <message>
        <source>Choose a claim (or select text) and press Ctrl+Shift+O to find the same fact in the other articles.</source>
        <translation>Hãy chọn một nhận định (hoặc chọn văn bản) rồi nhấn Ctrl+Shift+O để tìm cùng sự kiện trong các bài báo khác.</translation>
    </message>
    <message>
        <source>Looking in the other articles…</source>
        <translation>Đang tìm trong các bài báo khác…</translation>
    </message>
    <message>
        <source>Make the passage a claim of its article, linked with this claim (Ctrl+Enter)</source>
        <translation>Biến đoạn văn thành nhận định của bài báo chứa nó, liên kết với nhận định này (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No other article to search.</source>
        <translation>Không có bài báo nào khác để tìm.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Passages found in the other articles</source>
        <translation>Các đoạn văn tìm thấy trong bài báo khác</translation>
    </message>
    <message>
        <source>Passages of the other articles like “%1” (%2, %3)</source>
        <translation>Các đoạn văn trong bài báo khác giống “%1” (%2, %3)</translation>
    </message>
    <message>
        <source>Same fact?</source>
        <translation>Cùng sự kiện?</translation>
    </message>
    <message>
        <source>Show the passage in the reader beside (Enter)</source>
        <translation>Hiện đoạn văn trong khung đọc bên cạnh (Enter)</translation>
    </message>
    <message>
        <source>Suggestions could not be made: %1</source>
        <translation>Không tạo được gợi ý: %1</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>khá chắc</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>đã liên kết</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>có thể</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>điểm %1</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>mạnh</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>yếu</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>TeamNotice</name>
    <message>
        <source>%1 is a conflict copy of the article %2; compare them and keep one.</source>
        <translation>%1 là bản sao xung đột của bài báo %2; hãy so sánh và giữ lại một bản.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both devices: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>%Ln bản ghi đã thay đổi trên cả hai thiết bị: giữ phiên bản mới hơn của mỗi bản ghi, bản kia nằm trong lịch sử (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln conflict copy(ies) made by %1 into %2; moved to .marginalia/merged-conflicts.</source>
        <translation>
            <numerusform>Đã hợp nhất %Ln bản sao xung đột do %1 tạo vào %2; đã chuyển sang .marginalia/merged-conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflict copy %1 was left where it is: %2</source>
        <translation>Bản sao xung đột %1 được để nguyên chỗ cũ: %2</translation>
    </message>
    <message>
        <source>Versions a git merge kept could not reach their history yet: %1</source>
        <translation>Các phiên bản mà một lần hợp nhất git giữ lại chưa thể được đưa vào lịch sử: %1</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Enter để lưu · Esc để huỷ</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Enter để lưu · Esc để huỷ</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&lt;%1%</source>
        <translation>&lt;%1%</translation>
    </message>
    <message>
        <source>&gt;%1%</source>
        <translation>&gt;%1%</translation>
    </message>
</context>
</TS>
