<%-- The reviewer's field for one section (requestScope.swkSection), below that section; it belongs to the banner's
     form, so one button sends every remark at once. Only on review requests. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<c:if test="${not empty requestScope.swkReview}">
    <c:set var="swkM" value="${requestScope.swkReview.messages}" />
    <div class="swk-review swk-review--section">
        <sling:call script="review-field.jsp" />
        <button type="submit" form="swk-review-form" class="swk-review__send"><sling:encode value="${swkM['review.send']}" mode="HTML" /></button>
    </div>
</c:if>
