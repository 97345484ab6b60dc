/* The facilitator mode's words in English and Korean (draft), as an X-macro list that
 * strings.h folds into the one interface table: X(id, English, Korean). */
#ifndef CRS_UI_FACIL_STRINGS_H
#define CRS_UI_FACIL_STRINGS_H

/* clang-format off */
#define CRS_FACIL_STRINGS(X) \
X(F_MODE, "Facilitator mode", "진행자 모드") \
X(F_SEED, "Seed", "시드") \
X(F_STEP_BACK, "Step back", "이전 선택으로") \
X(F_STAGES, "Stages", "단계 목록") \
X(F_NOTES, "Notes", "진행 메모") \
X(F_VOTE, "Group vote", "모둠 투표") \
X(F_EXPORT, "Export  (E)", "내보내기  (E)") \
X(F_JUMP_TITLE, "Go to a stage", "단계로 이동") \
X(F_JUMP_NOTE, "Going to a stage replays the shortest path of choices that reaches it, with " \
  "an outcome set at each step. Money, months and every other figure on screen then follow " \
  "that path, not the group's own choices.", \
  "단계로 이동하면 그 단계에 닿는 가장 짧은 선택의 길을 따라가며, 각 단계의 결과도 정해진 " \
  "대로 적용됩니다. 이후 화면의 돈, 개월 수 같은 모든 수치는 모둠이 고른 길이 아니라 그 " \
  "길을 따릅니다.") \
X(F_JUMP_HERE, "You are here", "지금 여기") \
X(F_JUMP_START, "From the start", "처음부터") \
X(F_JUMP_AHEAD, "%d choices ahead", "선택 %d회 앞") \
X(F_JUMP_AHEAD_1, "%d choice ahead", "선택 %d회 앞") \
X(F_JUMP_FROM_START, "From the start: %d choices", "처음부터 선택 %d회") \
X(F_JUMP_FROM_START_1, "From the start: %d choice", "처음부터 선택 %d회") \
X(F_JUMP_NONE, "Not reachable on this journey", "이 여정에서는 닿을 수 없음") \
X(F_JUMPED, "Reached by going to this stage", "단계 이동으로 온 곳") \
X(F_JUMPED_BODY, "The shortest path here was replayed (%d choices, outcomes set along the " \
  "way). The figures shown follow that path.", \
  "이곳까지 가장 짧은 길을 다시 따라왔습니다 (선택 %d번, 결과는 정해진 대로). 화면의 " \
  "수치는 그 길을 따른 것입니다.") \
X(F_JUMPED_BODY_1, "The shortest path here was replayed (%d choice, its outcome set). The " \
  "figures shown follow that path.", \
  "이곳까지 가장 짧은 길을 다시 따라왔습니다 (선택 %d번, 결과는 정해진 대로). 화면의 " \
  "수치는 그 길을 따른 것입니다.") \
X(F_JUMPED_RESTART, "The journey started again from the beginning, with the same seed.", \
  "같은 시드로 여정을 처음부터 다시 시작했습니다.") \
X(F_JUMP_FORCED, "Step %d was set, not drawn: “%s” (its chance then: %s). The " \
  "shortest path to this stage runs through this outcome.", \
  "%d번째 단계는 추첨하지 않고 정했습니다: “%s” (그때의 확률: %s). 이 단계로 가는 " \
  "가장 짧은 길이 이 결과를 거칩니다.") \
X(F_REPLAYED_STEP, "Replayed by going to a stage, not the group's choice", \
  "단계 이동으로 다시 따라온 단계 (모둠의 선택이 아님)") \
X(F_NOTES_TITLE, "Facilitator notes", "진행자 메모") \
X(F_NOTES_QUESTIONS, "Questions for this stage", "이 단계의 토론 질문") \
X(F_NOTES_NONE, "This stage has no notes.", "이 단계에는 메모가 없습니다.") \
X(F_VOTE_HINT, "Count hands for each choice: type the number for the marked choice, or use " \
  "– and +. Tap a choice to pick it yourself.", \
  "선택지마다 손을 든 사람 수를 세어, 표시된 선택지에 숫자를 입력하거나 – 와 + 를 " \
  "누르세요. 선택지를 누르면 진행자가 직접 고릅니다.") \
X(F_VOTE_NONE, "No votes counted yet", "아직 센 표가 없습니다") \
X(F_VOTE_MAJORITY, "Majority: choice %d, %d of %d votes", "다수: %d번 선택지 (%d표 / 전체 %d표)") \
X(F_VOTE_SHARE, "%d%% of the votes", "전체 표의 %d%%") \
X(F_VOTE_TIE, "A tie: tap a choice to decide", "동점입니다. 선택지를 눌러 정하세요") \
X(F_VOTE_PICKED, "Facilitator's pick: choice %d", "진행자의 선택: %d번") \
X(F_VOTE_TAKE, "Go with choice %d", "%d번으로 진행") \
X(F_CANCEL, "Cancel", "취소") \
X(F_EXPORTED, "Session exported", "세션을 내보냈습니다") \
X(F_EXPORTED_BODY, "The path with every citation, the group votes, the debrief figures, the " \
  "discussion questions and the sources were written to:", \
  "모든 출처가 달린 경로, 모둠 투표, 돌아보기 수치, 토론 질문과 출처 목록을 다음 파일에 " \
  "저장했습니다:") \
X(F_EXPORTED_HINT, "Open the HTML file in any web browser to read or print it; the Markdown " \
  "file opens in any text editor.", \
  "HTML 파일은 웹 브라우저에서 열어 읽거나 인쇄할 수 있고, Markdown 파일은 어떤 " \
  "텍스트 편집기에서도 열립니다.") \
X(F_FOLDER, "Folder", "폴더") \
X(F_EXPORT_FAILED, "The export could not be written", "내보내기 파일을 쓰지 못했습니다") \
X(F_EXPORT_FAILED_HINT, "Check that the folder given with --export-dir exists and can be " \
  "written to, then press E again. The session itself is unchanged.", \
  "--export-dir 로 지정한 폴더가 있고 쓸 수 있는지 확인한 뒤 E 를 다시 누르세요. 진행 중인 " \
  "세션은 그대로입니다.") \
X(F_SEED_TITLE, "Seed for the outcome draws", "결과 추첨의 시드") \
X(F_SEED_HINT, "The seed fixes every outcome drawn: a group that uses the same seed and makes " \
  "the same choices sees the same outcomes. Type a number, or draw a new one.", \
  "시드는 모든 결과 추첨을 정합니다. 같은 시드로 같은 선택을 하면 같은 결과가 나옵니다. " \
  "숫자를 입력하거나 새로 뽑으세요.") \
X(F_SEED_NEW, "Draw a new seed", "새 시드 뽑기") \
X(F_DONE, "Done", "완료") \
X(F_HELP_KEYS, "V: group vote · J: go to a stage · B or Backspace: step back one choice · " \
  "N: notes and questions · W: notes window · E: export the session · R (before a journey): " \
  "the seed.", \
  "V: 모둠 투표 · J: 단계로 이동 · B 또는 Backspace: 선택 하나 되돌리기 · N: 진행 메모와 질문 · " \
  "W: 메모 창 · E: 세션 내보내기 · R (여정 시작 전): 시드.") \
X(F_SEED_KEY, "R: change the seed", "R: 시드 바꾸기")
/* clang-format on */

#endif
